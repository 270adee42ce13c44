package org.wanqi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.base.mongo.EmbeddedMongoServer;

/** The 360° timeline, one document per entry: order, paging, and the move from the layouts of earlier versions. */
class EnterpriseTimelineTest {

    EmbeddedMongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    EnterpriseTimeline timeline;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.startInMemory("127.0.0.1");
        client = MongoClients.create(server.connectionString("timeline"));
        mongo = new MongoTemplate(client, "timeline");
        timeline = new EnterpriseTimeline(mongo);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    static TimelineEntry entry(String enterpriseId, String at, String what) {
        return new TimelineEntry(enterpriseId, Instant.parse(at), "visit", "李明", "timeline.visit.ROUTINE", List.of(what), List.of());
    }

    static List<String> whats(Slice<TimelineEntry> page) {
        return page.getContent().stream().map(entry -> entry.summaryArgs().getFirst()).toList();
    }

    @Test
    void pagesRunNewestFirstAcrossMonthsWhateverOrderEntriesArrivedIn() {
        timeline.recordAll(List.of(entry("e1", "2026-03-05T02:00:00Z", "march"), entry("e1", "2026-05-01T02:00:00Z", "may"),
                entry("e2", "2026-05-02T02:00:00Z", "other enterprise")));
        timeline.record(entry("e1", "2026-04-30T23:59:59Z", "april, late"));
        timeline.record(entry("e1", "2026-04-01T00:00:00Z", "april, early"));
        timeline.record(entry("e1", "2026-05-01T02:00:00Z", "may, same instant, later"));

        Slice<TimelineEntry> first = timeline.page("e1", PageRequest.of(0, 3));
        assertThat(whats(first)).containsExactly("may, same instant, later", "may", "april, late");
        assertThat(first.hasNext()).isTrue();
        Slice<TimelineEntry> second = timeline.page("e1", PageRequest.of(1, 3));
        assertThat(whats(second)).containsExactly("april, early", "march");
        assertThat(second.hasNext()).isFalse();
        assertThat(timeline.page("nobody", PageRequest.of(0, 3))).isEmpty();
        assertThat(mongo.getCollection("enterprise_timeline_entries").countDocuments(new Document("enterpriseId", "e1")))
                .as("one document per entry").isEqualTo(5);
    }

    @Test
    void timelinesKeptTheOldWaysMoveIntoEntriesAtStartUpAndNothingIsLostOrDoubled() {
        mongo.getCollection("enterprise_timeline").insertOne(new Document("_id", "e1")
                .append("entries", oldEntries("e1", "2025-12-30T08:00:00Z", "2026-01-02T08:00:00Z")));
        mongo.getCollection("enterprise_timeline").insertOne(new Document("_id", "e2").append("months", List.of("2026-01")));
        mongo.getCollection("enterprise_timeline_months").insertOne(new Document("_id", "e2/2026-01").append("enterpriseId", "e2")
                .append("entries", oldEntries("e2", "2026-01-03T08:00:00Z", "2026-01-04T08:00:00Z", "2026-01-04T08:00:00Z")));

        timeline.run(null);
        assertThat(mongo.collectionExists("enterprise_timeline")).isFalse();
        assertThat(mongo.collectionExists("enterprise_timeline_months")).isFalse();
        mongo.getCollection("enterprise_timeline_months").insertOne(new Document("_id", "e2/2026-01").append("enterpriseId", "e2")
                .append("entries", oldEntries("e2", "2026-01-03T08:00:00Z", "2026-01-04T08:00:00Z", "2026-01-04T08:00:00Z")));
        timeline.run(null);

        assertThat(whats(timeline.page("e1", PageRequest.of(0, 10)))).containsExactly("2026-01-02T08:00:00Z", "2025-12-30T08:00:00Z");
        assertThat(whats(timeline.page("e2", PageRequest.of(0, 10))))
                .as("a move cut short and done again doubles nothing")
                .containsExactly("2026-01-04T08:00:00Z", "2026-01-04T08:00:00Z", "2026-01-03T08:00:00Z");
    }

    private static List<Document> oldEntries(String enterpriseId, String... ats) {
        List<Document> old = new ArrayList<>();
        for (String at : ats) {
            old.add(new Document("enterpriseId", enterpriseId).append("at", java.util.Date.from(Instant.parse(at)))
                    .append("kind", "visit").append("actor", "李明").append("summaryKey", "timeline.visit.ROUTINE")
                    .append("summaryArgs", List.of(at)).append("fields", List.of()));
        }
        return old;
    }
}
