package org.wanqi.enterprise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The read model behind the 360° timeline: every {@link TimelineEntry} published. One document per
 * enterprise (keyed by its id, so reads and appends go by primary key on any MongoDB) holds its
 * entries; pages are cut newest first.
 */
@Component
class EnterpriseTimeline {

    private final MongoTemplate mongo;

    EnterpriseTimeline(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void record(TimelineEntry entry) {
        mongo.upsert(Query.query(Criteria.where("_id").is(entry.enterpriseId())),
                new Update().push("entries", entry), Timeline.class);
    }

    @EventListener
    void record(TimelineBatch batch) {
        if (!batch.entries().isEmpty()) {
            recordAll(batch.entries());
        }
    }

    /** Many entries at once (imports): one bulk write. */
    void recordAll(List<TimelineEntry> entries) {
        Map<String, List<TimelineEntry>> byEnterprise = entries.stream()
                .collect(Collectors.groupingBy(TimelineEntry::enterpriseId));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Timeline.class);
        byEnterprise.forEach((id, own) -> bulk.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().push("entries").each(own.toArray())));
        bulk.execute();
    }

    /** Newest first; entries of the same instant in reverse order of arrival. */
    Slice<TimelineEntry> page(String enterpriseId, Pageable pageable) {
        Timeline timeline = mongo.findById(enterpriseId, Timeline.class);
        List<TimelineEntry> entries = new ArrayList<>(timeline == null ? List.of() : timeline.entries());
        Collections.reverse(entries);
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        int from = (int) Math.min(pageable.getOffset(), entries.size());
        int to = Math.min(from + pageable.getPageSize(), entries.size());
        return new SliceImpl<>(entries.subList(from, to), pageable, to < entries.size());
    }

    @Document("enterprise_timeline")
    record Timeline(@Id String enterpriseId, List<TimelineEntry> entries) {
    }
}
