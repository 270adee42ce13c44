package org.wanqi.enterprise;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.Slices;

/** The read model behind the 360° timeline: every {@link TimelineEntry} published, newest first. */
@Component
class EnterpriseTimeline {

    private final MongoTemplate mongo;

    EnterpriseTimeline(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void record(TimelineEntry entry) {
        mongo.insert(new StoredEntry(null, entry));
    }

    /** Many entries at once (imports): one write instead of one per entry. */
    void recordAll(List<TimelineEntry> entries) {
        mongo.insertAll(entries.stream().map(entry -> new StoredEntry(null, entry)).toList());
    }

    Slice<TimelineEntry> page(String enterpriseId, Pageable pageable) {
        Query query = new Query(Criteria.where("entry.enterpriseId").is(enterpriseId))
                .with(Sort.by(Sort.Direction.DESC, "entry.at"));
        return Slices.find(mongo, query, pageable, StoredEntry.class).map(StoredEntry::entry);
    }

    @Document("enterprise_timeline")
    @CompoundIndex(name = "enterprise_at", def = "{'entry.enterpriseId': 1, 'entry.at': -1}")
    record StoredEntry(@Id String id, TimelineEntry entry) {
    }
}
