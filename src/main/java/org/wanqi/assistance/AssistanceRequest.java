package org.wanqi.assistance;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored help request; the enterprise and its region are copied in, so scope is decided on the row. */
@Document("assistance_requests")
class AssistanceRequest {

    @Id
    String id;
    String enterpriseId;
    String enterpriseName;
    String regionCode;
    AssistanceTopic topic;
    String description;
    LocalDate preferredFrom;
    LocalDate preferredTo;
    AssistanceStatus status;
    String requestedBy;
    String requestedByName;
    Instant requestedAt;
    String handledBy;
    String handledByName;
    Instant handledAt;
    /** The officer's note on accepting, or the reason for declining. */
    String answer;
    String visitId;
    @Version
    Long version;

    AssistanceDetails details() {
        return new AssistanceDetails(id, enterpriseId, enterpriseName, topic, description, preferredFrom, preferredTo, status,
                requestedByName, requestedAt, handledByName, handledAt, answer, visitId, version == null ? 0 : version);
    }
}
