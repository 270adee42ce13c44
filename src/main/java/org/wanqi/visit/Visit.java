package org.wanqi.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.files.Attachment;

/**
 * A submitted visit. Immutable once stored (检查过程全纪录): later corrections are appended as
 * {@link Supplement}s and files as attachments. The submission's idempotency key is kept for the
 * record; {@link SubmissionKey} is what makes a retry find this visit.
 */
@Document("visits")
class Visit {

    @Id
    String id;
    String idempotencyKey;
    String enterpriseId;
    String enterpriseName;
    String regionCode;
    VisitType type;
    Instant startedAt;
    Instant endedAt;
    List<String> officerIds = new ArrayList<>();
    String unitId;
    String summary;
    String representative;
    List<VisitDraft.Advice> advice = new ArrayList<>();
    List<VisitDraft.FoundRisk> foundRisks = new ArrayList<>();
    AnsweredChecklist checklist;
    List<Attachment> attachments = new ArrayList<>();
    int attachmentSlots;
    List<Supplement> supplements = new ArrayList<>();
    String channel;
    String campaignId;
    String submittedBy;
    Instant submittedAt;
    @Version
    Long version;

    /** The id of the {@code index}-th risk found on this visit: derived, so a retry finds the same risk. */
    String riskId(int index) {
        return id + "-r" + (index + 1);
    }
}
