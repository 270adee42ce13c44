package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.MutableClock;

/** The change feed: numbered entries in order, followers that resume where they were, and gaps waited for, then skipped. */
class ChangeFeedTest {

    EmbeddedMongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    ChangeFeed feed;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.startInMemory("127.0.0.1");
        client = MongoClients.create(server.connectionString("feed"));
        mongo = new MongoTemplate(client, "feed");
        feed = new ChangeFeed(mongo, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void followersReadEveryEntryOnceInOrderAndResume() {
        assertThat(feed.latest()).isZero();
        assertThat(feed.append("articles", List.of("a1", "a2"))).isEqualTo(1);
        assertThat(feed.append("knowledge", List.of("k1"))).isEqualTo(2);
        ChangeFeed.Follower follower = feed.follow(0);
        assertThat(follower.poll(10)).extracting(ChangeFeed.Change::sequence, ChangeFeed.Change::topic, ChangeFeed.Change::ids)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "articles", List.of("a1", "a2")),
                        org.assertj.core.groups.Tuple.tuple(2L, "knowledge", List.of("k1")));
        assertThat(follower.poll(10)).isEmpty();
        feed.append("articles", List.of("a3"));
        assertThat(follower.poll(10)).extracting(ChangeFeed.Change::ids).containsExactly(List.of("a3"));
        assertThat(follower.applied()).isEqualTo(3);
        assertThat(feed.follow(1).poll(1)).extracting(ChangeFeed.Change::sequence).containsExactly(2L);
        assertThat(feed.latest()).isEqualTo(3);
        assertThat(feed.oldest()).isEqualTo(1);
        assertThat(feed.follow(0).poll(10)).allMatch(change -> change.node().equals(feed.node()));
    }

    @Test
    void aMissingNumberIsWaitedForThenSkipped() {
        feed.append("articles", List.of("a1"));
        mongo.getCollection("change_feed_counter").updateOne(new Document("_id", "change_feed"), new Document("$inc", new Document("value", 1)));
        feed.append("articles", List.of("a3"));
        ChangeFeed.Follower follower = feed.follow(0);
        assertThat(follower.poll(10)).extracting(ChangeFeed.Change::sequence).containsExactly(1L);
        clock.advance(Duration.ofSeconds(10));
        assertThat(follower.poll(10)).as("number 2 may still be on its way").isEmpty();
        mongo.getCollection("change_feed").insertOne(new Document("_id", 2L).append("topic", "articles")
                .append("ids", List.of("a2")).append("node", "other").append("at", java.util.Date.from(clock.instant())));
        assertThat(follower.poll(10)).extracting(ChangeFeed.Change::sequence).containsExactly(2L, 3L);

        mongo.getCollection("change_feed_counter").updateOne(new Document("_id", "change_feed"), new Document("$inc", new Document("value", 1)));
        feed.append("articles", List.of("a5"));
        assertThat(follower.poll(10)).isEmpty();
        clock.advance(ChangeFeed.GAP_PATIENCE);
        assertThat(follower.poll(10)).as("a writer that died between numbering and writing").extracting(ChangeFeed.Change::sequence)
                .containsExactly(5L);
    }

    @Test
    void entriesOlderThanTheRetentionArePruned() {
        feed.append("articles", List.of("old"));
        clock.advance(ChangeFeed.RETENTION.plusHours(1));
        feed.append("articles", List.of("new"));
        feed.prune();
        assertThat(feed.oldest()).isEqualTo(2);
    }
}
