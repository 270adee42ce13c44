package org.wanqi.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored audit record. Never updated, never deleted. */
@Document("audit_events")
public record AuditEvent(@Id String id, Instant at, String actor, String entityType, String entityId, String action,
                         List<AuditEntry.FieldChange> changes) {
}
