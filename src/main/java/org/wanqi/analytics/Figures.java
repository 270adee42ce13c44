package org.wanqi.analytics;

import java.math.BigDecimal;

/**
 * The efficiency figures of one date range (definitions in {@code docs/metrics.md}). Rates are
 * percent with two decimals; a rate or figure that cannot be computed (nothing to divide by, nothing
 * known) is null and shown as "—".
 *
 * @param officerVisits        出动执法人员人次
 * @param enterpriseChecks     检查企业家次: visits
 * @param enterprisesChecked   distinct enterprises checked
 * @param population           enterprises on the register of the area today
 * @param coverage             enterprises checked ÷ population
 * @param problemDetectionRate visits that found a risk ÷ visits
 * @param risksFound           risks found in the range
 * @param risksClosed          risks closed (销号) in the range, whenever found
 * @param rectificationRate    of the risks found in the range, those closed by now
 * @param onTimeRate           of those closed, those closed on or before their deadline
 * @param medianDaysToClose    of the risks closed in the range, the median of days from found to closed
 * @param overdueOpen          risks past their deadline and not closed: now (for the range a year earlier, as the daily snapshot of that day recorded; null without one)
 * @param repeatRate           risks found that repeat one of the same category at the same enterprise within 12 months ÷ risks found
 * @param ratings              visit ratings given in the range
 * @param satisfaction         their mean score (1–5, two decimals)
 * @param assistanceReceived   help requests made in the range
 * @param assistanceHandled    help requests handled (done or declined) in the range
 * @param activityIndex        执法活跃度: officer-visits per officer on the roll per working day, two decimals
 */
public record Figures(long officerVisits, long enterpriseChecks, long enterprisesChecked, long population, BigDecimal coverage,
                      long visitsWithRisks, BigDecimal problemDetectionRate, long risksFound, long risksClosed,
                      BigDecimal rectificationRate, BigDecimal onTimeRate, BigDecimal medianDaysToClose, Long overdueOpen,
                      BigDecimal repeatRate, long ratings, BigDecimal satisfaction, long assistanceReceived, long assistanceHandled,
                      BigDecimal activityIndex, long officersOnRoll, long workingDays) {
}
