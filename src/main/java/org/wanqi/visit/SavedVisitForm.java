package org.wanqi.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.files.Attachment;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;

/**
 * The "log a visit" form as its user left it, saved on every change so a dropped connection or a
 * closed tab loses nothing. One per user ({@code id} is the username); it keeps the submission's
 * idempotency key, so submitting again after a reconnect cannot log the visit twice, and the help
 * request the visit answers, if any.
 */
@Document("visit_form_drafts")
public record SavedVisitForm(@Id String id, String idempotencyKey, Instant savedAt, String enterpriseId,
                             String enterpriseName, VisitType type, LocalDateTime started, LocalDateTime ended,
                             String summary, String representative, String advice, String checklistTemplateId,
                             List<VisitDraft.Answer> answers, List<Risk> risks, List<Attachment> photos,
                             String assistanceRequestId) {

    /** A risk row of the form, with the articles it cites and the photos already uploaded for it. */
    public record Risk(RiskCategory category, Severity severity, String description, LocalDate deadline,
                       String checklistItemId, List<String> citations, List<Attachment> photos) {

        public Risk {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }
}
