package org.wanqi.assistance;

import java.time.Instant;
import java.time.LocalDate;

/** A help request as its enterprise and the officers of its unit see it. */
public record AssistanceDetails(String id, String enterpriseId, String enterpriseName, AssistanceTopic topic,
                                String description, LocalDate preferredFrom, LocalDate preferredTo, AssistanceStatus status,
                                String requestedByName, Instant requestedAt, String handledByName, Instant handledAt,
                                String answer, String visitId, long version) {
}
