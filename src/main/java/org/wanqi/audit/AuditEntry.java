package org.wanqi.audit;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened and must be on the record: published as an application event by the
 * module it happened in.
 *
 * @param actor      the username that did it (or tried to)
 * @param entityType what kind of thing it happened to, e.g. {@code user}, {@code enterprise}
 * @param entityId   which one
 * @param action     what happened, e.g. {@code created}, {@code login.failed}
 * @param changes    the fields that changed, with their values before and after
 */
public record AuditEntry(String actor, String entityType, String entityId, String action, List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditEntry of(String actor, String entityType, String entityId, String action) {
        return new AuditEntry(actor, entityType, entityId, action, List.of());
    }

    /** One changed field; secrets are recorded as changed without their values. */
    public record FieldChange(String field, String before, String after) {
    }
}
