package org.wanqi.inspection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.enterprise.SupervisionTier;

/** One drawn enterprise to inspect: its inspectors, then the visit that inspected it and the outcome. */
@Document("inspection_tasks")
class InspectionTask {

    @Id
    String id;
    String drawId;
    String quarter;
    DrawInputs.DrawLevel level;
    String enterpriseId;
    String enterpriseName;
    String uscc;
    String regionCode;
    SupervisionTier tier;
    List<String> inspectorIds;
    TaskStatus status;
    String visitId;
    LocalDate inspectedOn;
    String unitId;
    Outcome outcome;
    List<String> riskIds = List.of();
    boolean published;
    @Version
    Long version;

    TaskDetails details() {
        return new TaskDetails(id, drawId, quarter, level, enterpriseId, enterpriseName, uscc, regionCode, tier,
                List.copyOf(inspectorIds), status, visitId, inspectedOn, unitId, outcome, published, version == null ? 0 : version);
    }
}
