package org.wanqi.enterprise;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.EventSink;

/**
 * The read model behind the 360° timeline: every {@link TimelineEntry} published. Entries are kept
 * in one document per enterprise and month ({@code enterprise_timeline_months}, keyed by
 * {@code <enterprise id>/<yyyy-MM>} in UTC), so an append rewrites a month's entries, not the
 * enterprise's whole history; a small document per enterprise ({@code enterprise_timeline}) lists
 * its months. Reads and appends go by primary key on any MongoDB; pages are cut newest first,
 * reading only the months they need.
 */
@Component
class EnterpriseTimeline implements EventSink<TimelineEntry>, ApplicationRunner {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Beyond this many remembered months the memory below starts afresh. */
    private static final int REMEMBERED_MONTHS = 100_000;

    private final MongoTemplate mongo;
    /** Month documents this node knows the enterprise's list names already, so appends skip that write. */
    private final Set<String> listedMonths = ConcurrentHashMap.newKeySet();

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

    /** Many entries at once (imports, group commits): one append per enterprise and month, in two bulk writes. */
    @Override
    public void writeAll(List<TimelineEntry> entries, MongoOperations mongo) {
        Map<String, List<TimelineEntry>> byMonth = entries.stream()
                .collect(Collectors.groupingBy(EnterpriseTimeline::monthId, LinkedHashMap::new, Collectors.toList()));
        BulkOperations months = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Month.class);
        byMonth.forEach((id, own) -> months.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().setOnInsert("enterpriseId", own.getFirst().enterpriseId())
                        .push("entries").each(own.toArray())));
        months.execute();
        Map<String, Set<String>> newMonths = entries.stream().filter(entry -> !listedMonths.contains(monthId(entry)))
                .collect(Collectors.groupingBy(TimelineEntry::enterpriseId, LinkedHashMap::new,
                        Collectors.mapping(entry -> MONTH.format(entry.at()), Collectors.toCollection(TreeSet::new))));
        if (newMonths.isEmpty()) {
            return;
        }
        BulkOperations index = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Timeline.class);
        newMonths.forEach((id, own) -> index.upsert(Query.query(Criteria.where("_id").is(id)),
                new Update().addToSet("months").each(own.toArray())));
        index.execute();
        if (listedMonths.size() > REMEMBERED_MONTHS) {
            listedMonths.clear();
        }
        byMonth.keySet().forEach(listedMonths::add);
    }

    /** Newest first; entries of the same instant in reverse order of arrival. */
    Slice<TimelineEntry> page(String enterpriseId, Pageable pageable) {
        Timeline timeline = mongo.findById(enterpriseId, Timeline.class);
        List<String> months = new ArrayList<>(timeline == null || timeline.months() == null ? List.of() : timeline.months());
        months.sort(Comparator.reverseOrder());
        long wanted = pageable.getOffset() + pageable.getPageSize() + 1;
        List<TimelineEntry> entries = new ArrayList<>();
        for (String month : months) {
            if (entries.size() >= wanted) {
                break;
            }
            Month bucket = mongo.findById(enterpriseId + "/" + month, Month.class);
            List<TimelineEntry> own = new ArrayList<>(bucket == null ? List.of() : bucket.entries());
            Collections.reverse(own);
            own.sort(Comparator.comparing(TimelineEntry::at).reversed());
            entries.addAll(own);
        }
        int from = (int) Math.min(pageable.getOffset(), entries.size());
        int to = Math.min(from + pageable.getPageSize(), entries.size());
        return new SliceImpl<>(entries.subList(from, to), pageable, to < entries.size());
    }

    /**
     * Moves timelines written by earlier versions (every entry in the enterprise's own document) into
     * month documents; runs at start-up and finds nothing to do once done.
     */
    @Override
    public void run(ApplicationArguments args) {
        Query legacy = Query.query(Criteria.where("entries").exists(true));
        for (Legacy old : mongo.find(legacy, Legacy.class)) {
            recordAll(old.entries());
            mongo.updateFirst(Query.query(Criteria.where("_id").is(old.enterpriseId())), new Update().unset("entries"),
                    Timeline.class);
        }
    }

    private static String monthId(TimelineEntry entry) {
        return entry.enterpriseId() + "/" + MONTH.format(entry.at());
    }

    /** An enterprise's months that have entries ({@code yyyy-MM}, UTC). */
    @Document("enterprise_timeline")
    record Timeline(@Id String enterpriseId, List<String> months) {
    }

    /** An enterprise's timeline as earlier versions kept it. */
    @Document("enterprise_timeline")
    record Legacy(@Id String enterpriseId, List<TimelineEntry> entries) {
    }

    /** One enterprise's entries of one month, in the order they arrived. */
    @Document("enterprise_timeline_months")
    record Month(@Id String id, String enterpriseId, List<TimelineEntry> entries) {
    }
}
