package org.wanqi.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.bson.types.ObjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.EventSink;

/**
 * The read model behind the 360° timeline: every {@link TimelineEntry} published, one document each
 * in {@code enterprise_timeline_entries}, written once and never updated. The key orders them:
 * {@code <enterprise id>/<epoch milliseconds, 13 digits>/<ObjectId>}, so an enterprise's timeline,
 * newest first, is a descending range of keys — served by the {@code _id} index of any MongoDB and
 * by the embedded server's ordered document map — and an append is a plain insert.
 */
@Component
class EnterpriseTimeline implements EventSink<TimelineEntry>, ApplicationRunner {

    private static final String MONTHS = "enterprise_timeline_months";
    private static final String LEGACY = "enterprise_timeline";

    private final MongoTemplate mongo;

    EnterpriseTimeline(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void record(TimelineEntry entry) {
        writeAll(List.of(entry), mongo);
    }

    @EventListener
    void record(TimelineBatch batch) {
        recordAll(batch.entries());
    }

    void recordAll(List<TimelineEntry> entries) {
        if (!entries.isEmpty()) {
            writeAll(entries, mongo);
        }
    }

    @Override
    public Class<TimelineEntry> type() {
        return TimelineEntry.class;
    }

    /** Many entries at once (imports, group commits): one bulk insert. */
    @Override
    public void writeAll(List<TimelineEntry> entries, MongoOperations mongo) {
        mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Stored.class)
                .insert(entries.stream().map(entry -> Stored.of(key(entry, new ObjectId().toHexString()), entry)).toList())
                .execute();
    }

    /** Newest first; entries of the same instant in reverse order of arrival. */
    Slice<TimelineEntry> page(String enterpriseId, Pageable pageable) {
        Query query = Query.query(Criteria.where("_id").gte(enterpriseId + "/").lt(enterpriseId + "0"))
                .with(Sort.by(Sort.Direction.DESC, "_id")).skip(pageable.getOffset()).limit(pageable.getPageSize() + 1);
        List<TimelineEntry> entries = mongo.find(query, Stored.class).stream().map(Stored::entry).toList();
        boolean more = entries.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? entries.subList(0, pageable.getPageSize()) : entries, pageable, more);
    }

    /**
     * Moves timelines written by earlier versions — entries in one document per enterprise and month,
     * or all in the enterprise's own document — into entry documents, then drops the old collections.
     * The moved entries get keys derived from where they were, so a move cut short is done again
     * without doubling any.
     */
    @Override
    public void run(ApplicationArguments args) {
        for (String collection : List.of(MONTHS, LEGACY)) {
            if (!mongo.collectionExists(collection)) {
                continue;
            }
            for (org.bson.Document old : mongo.getCollection(collection).find()) {
                List<?> entries = old.getList("entries", Object.class, List.of());
                List<Stored> moved = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    TimelineEntry entry = mongo.getConverter().read(TimelineEntry.class, (org.bson.Document) entries.get(i));
                    moved.add(Stored.of(key(entry, String.format(Locale.ROOT, "moved-%s-%05d", old.get("_id"), i)), entry));
                }
                insertMissing(moved);
            }
            mongo.dropCollection(collection);
        }
    }

    private void insertMissing(List<Stored> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Stored.class).insert(entries).execute();
        } catch (BulkOperationException partly) {
            for (BulkWriteError error : partly.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw partly;
                }
            }
        }
    }

    private static String key(TimelineEntry entry, String unique) {
        return String.format(Locale.ROOT, "%s/%013d/%s", entry.enterpriseId(), entry.at().toEpochMilli(), unique);
    }

    /** One entry as stored, under its ordering key. */
    @Document("enterprise_timeline_entries")
    record Stored(@Id String id, String enterpriseId, Instant at, String kind, String actor, String summaryKey,
                  List<String> summaryArgs, List<String> fields) {

        static Stored of(String id, TimelineEntry entry) {
            return new Stored(id, entry.enterpriseId(), entry.at(), entry.kind(), entry.actor(), entry.summaryKey(),
                    entry.summaryArgs(), entry.fields());
        }

        TimelineEntry entry() {
            return new TimelineEntry(enterpriseId, at, kind, actor, summaryKey, summaryArgs, fields);
        }
    }
}
