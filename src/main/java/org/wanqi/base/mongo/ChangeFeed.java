package org.wanqi.base.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What changed, in MongoDB, for the things each application node derives for itself (its search
 * index): every change is an entry numbered by one counter that all nodes share, naming a topic
 * and the ids that changed. A node {@linkplain #follow follows} the entries after the last one it
 * applied; applying an entry means reading the ids' current state again, so applying one twice
 * does no harm. No change streams or transactions: followers ask for {@code _id > n}, which MongoDB
 * and the embedded server both answer from the {@code _id} index.
 *
 * <p>A writer takes its number before it inserts its entry, so a follower can see number 8 before
 * number 7: it waits for a missing number up to {@link #GAP_PATIENCE} (a writer that died between
 * the two steps leaves a gap for good), then goes on.
 */
@Component
public class ChangeFeed {

    /** How long a follower waits for a missing entry before it skips it. */
    static final Duration GAP_PATIENCE = Duration.ofSeconds(30);
    /** How long entries are kept: a node stopped for longer rebuilds what it derives. */
    public static final Duration RETENTION = Duration.ofDays(7);

    /** One change: a topic's ids, written by {@code node}. */
    public record Change(long sequence, String topic, List<String> ids, String node) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    ChangeFeed(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** This node, as it signs its entries: a follower skips its own node's changes while it runs. */
    public String node() {
        return node;
    }

    /** Records that {@code ids} of {@code topic} changed (after they were written); returns the entry's number. */
    public long append(String topic, Collection<String> ids) {
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(Counter.ID)), new Update().inc("value", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        mongo.insert(new Entry(counter.value(), topic, List.copyOf(ids), node, clock.instant()));
        return counter.value();
    }

    /** The number of the latest entry (0 when there is none): a full rebuild starting now covers up to it. */
    public long latest() {
        Counter counter = mongo.findById(Counter.ID, Counter.class);
        return counter == null ? 0 : counter.value();
    }

    /** The number of the oldest entry kept, or 0: a follower behind it has missed changes. */
    public long oldest() {
        Entry first = mongo.findOne(new Query().with(Sort.by("_id")).limit(1), Entry.class);
        return first == null ? 0 : first.id();
    }

    /** A follower that has applied every entry up to {@code applied}. */
    public Follower follow(long applied) {
        return new Follower(applied);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void prune() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(RETENTION))), Entry.class);
    }

    /** Reads the entries after the last one applied, in order, waiting a while at gaps. Not thread-safe. */
    public final class Follower {

        private long applied;
        private long waitingFor;
        private Instant waitingSince;

        private Follower(long applied) {
            this.applied = applied;
        }

        /** Every entry applied up to here: what to remember across restarts. */
        public long applied() {
            return applied;
        }

        /**
         * The next entries (at most {@code max}); they count as applied once returned. Stops before a
         * missing number until it has waited {@link #GAP_PATIENCE} for it.
         */
        public List<Change> poll(int max) {
            List<Entry> entries = mongo.find(Query.query(Criteria.where("_id").gt(applied)).with(Sort.by("_id")).limit(max),
                    Entry.class);
            List<Change> changes = new ArrayList<>();
            for (Entry entry : entries) {
                if (entry.id() != applied + 1 && !waitedEnoughFor(applied + 1)) {
                    break;
                }
                changes.add(new Change(entry.id(), entry.topic(), entry.ids(), entry.node()));
                applied = entry.id();
            }
            return changes;
        }

        private boolean waitedEnoughFor(long missing) {
            Instant now = clock.instant();
            if (waitingFor != missing) {
                waitingFor = missing;
                waitingSince = now;
            }
            return !now.isBefore(waitingSince.plus(GAP_PATIENCE));
        }
    }

    @Document("change_feed")
    record Entry(@Id long id, String topic, List<String> ids, String node, Instant at) {
    }

    @Document("change_feed_counter")
    record Counter(@Id String id, long value) {
        static final String ID = "change_feed";
    }
}
