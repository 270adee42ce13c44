package org.wanqi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.wanqi.enterprise.SupervisionTier;

/** An inspection task as staff see it (inspectors by user id). */
public record TaskDetails(String id, String drawId, String quarter, DrawInputs.DrawLevel level, String enterpriseId,
                          String enterpriseName, String uscc, String regionCode, SupervisionTier tier, List<String> inspectorIds,
                          TaskStatus status, String visitId, LocalDate inspectedOn, String unitId, Outcome outcome,
                          boolean published, long version) {
}
