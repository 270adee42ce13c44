package org.wanqi.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.EventSink;

/** Stores audit entries, stamped with the time they are written: one at a time or many at once. */
@Component
class AuditSink implements EventSink<AuditEntry> {

    private final Clock clock;

    AuditSink(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<AuditEntry> type() {
        return AuditEntry.class;
    }

    @Override
    public void writeAll(List<AuditEntry> entries, MongoOperations mongo) {
        Instant now = clock.instant();
        mongo.insertAll(entries.stream().map(entry -> new AuditEvent(null, now, entry.actor(), entry.entityType(),
                entry.entityId(), entry.action(), entry.changes())).toList());
    }
}
