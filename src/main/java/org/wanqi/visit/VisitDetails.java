package org.wanqi.visit;

import java.time.OffsetDateTime;
import java.util.List;

import org.wanqi.files.Attachment;
import org.wanqi.risk.RiskDetails;

/** A visit as the UI and the REST API read it; times are in the business zone, with offset. */
public record VisitDetails(String id, String enterpriseId, String enterpriseName, VisitType type, OffsetDateTime startedAt,
                           OffsetDateTime endedAt, List<String> officerIds, String unitId, String summary,
                           String representative, List<VisitDraft.Advice> advice, List<RiskSummary> risks,
                           AnsweredChecklist checklist, List<Attachment> attachments, List<Supplement> supplements,
                           String channel, long version, String campaignId) {

    /** A risk as a visit lists it. */
    public record RiskSummary(String id, String category, String severity, String description, String deadline,
                              String status, boolean overdue, List<Attachment> attachments) {

        static RiskSummary of(RiskDetails risk) {
            return new RiskSummary(risk.id(), risk.category().name(), risk.severity().name(), risk.description(),
                    risk.deadline().toString(), risk.status().name(), risk.overdue(), risk.attachments());
        }
    }
}
