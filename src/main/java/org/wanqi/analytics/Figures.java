package org.wanqi.analytics;

import java.math.BigDecimal;

/**
 * The efficiency figures of one date range (definitions in {@code docs/metrics.md}).
 *
 * @param officerVisits        出动执法人员人次
 * @param enterpriseChecks     检查企业家次
 * @param activityIndex        执法活跃度: officer-visits per officer on the roll per working day, two decimals
 * @param problemDetectionRate visits that found a risk ÷ visits, in percent with two decimals; null without visits
 */
public record Figures(long officerVisits, long enterpriseChecks, long visitsWithRisks, long risksFound, BigDecimal activityIndex,
                      BigDecimal problemDetectionRate, long officersOnRoll, long workingDays) {
}
