package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** The group writer on the durable embedded server: guards, documents, events, failures. */
class GroupWriterTest {

    @Document("claims")
    record Claim(@Id String key, int by) {
    }

    @Document("items")
    record Item(@Id String id, int by) {
    }

    record Noted(String text) {
    }

    /** Keeps the events it is given, and fails on the text "fail". */
    static final class NoteSink implements EventSink<Noted> {
        final List<List<Noted>> calls = new CopyOnWriteArrayList<>();

        @Override
        public Class<Noted> type() {
            return Noted.class;
        }

        @Override
        public void writeAll(List<Noted> events, MongoOperations mongo) {
            if (events.stream().anyMatch(event -> event.text().equals("fail"))) {
                throw new IllegalStateException("sink refused");
            }
            calls.add(List.copyOf(events));
        }
    }

    @TempDir
    Path dataDir;

    EmbeddedMongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    NoteSink notes = new NoteSink();
    GroupWriter writer;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.startOnDisk(dataDir, "127.0.0.1", 0, EmbeddedMongoServer.Durability.COMMIT_EACH_WRITE);
        client = MongoClients.create(server.connectionString("probe"));
        mongo = new MongoTemplate(client, "probe");
        writer = new GroupWriter(mongo, server, List.of(notes));
    }

    @AfterEach
    void stop() throws Exception {
        writer.destroy();
        client.close();
        server.close();
    }

    @Test
    void ofManySetsRacingForOneGuardExactlyOneIsWrittenAndTheOthersAreToldTheKeyIsTaken() throws Exception {
        int racers = 12;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int by = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        writer.write(WriteSet.guardedBy(new Claim("key-1", by)).insert(new Item("item-" + by, by))
                                .event(new Noted("by " + by)));
                    } catch (DuplicateKeyException expected) {
                        taken.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(taken).hasValue(racers - 1);
        Claim winner = mongo.findById("key-1", Claim.class);
        assertThat(mongo.findAll(Item.class)).containsExactly(new Item("item-" + winner.by(), winner.by()));
        assertThat(notes.calls).flatMap(call -> call).containsExactly(new Noted("by " + winner.by()));
    }

    @Test
    void documentsAndEventsOfConcurrentSetsAreWrittenTogetherAndEachCallerRunsItsAfterWriteActions() throws Exception {
        int sets = 40;
        AtomicInteger afterWrite = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < sets; i++) {
                int n = i;
                pool.submit(() -> writer.write(WriteSet.unguarded().insert(new Item("i" + n, n)).insert(new Claim("c" + n, n))
                        .event(new Noted("n" + n)).afterWrite(afterWrite::incrementAndGet)));
            }
        }
        assertThat(mongo.count(new Query(), Item.class)).isEqualTo(sets);
        assertThat(mongo.count(new Query(), Claim.class)).isEqualTo(sets);
        assertThat(notes.calls).flatMap(call -> call).hasSize(sets);
        assertThat(notes.calls.size()).as("sink calls, one per batch").isLessThanOrEqualTo(sets);
        assertThat(afterWrite).hasValue(sets);
    }

    @Test
    void aFailingBatchFailsItsCallersWithoutAcknowledgingAndTheWriterGoesOn() {
        AtomicInteger afterWrite = new AtomicInteger();
        assertThatThrownBy(() -> writer.write(WriteSet.guardedBy(new Claim("k", 1)).event(new Noted("fail"))
                .afterWrite(afterWrite::incrementAndGet)))
                .isInstanceOf(IllegalStateException.class).hasMessage("sink refused");
        assertThat(afterWrite).hasValue(0);

        writer.write(WriteSet.guardedBy(new Claim("k2", 2)).event(new Noted("fine")));
        assertThat(mongo.findById("k2", Claim.class)).isEqualTo(new Claim("k2", 2));
        assertThat(notes.calls).containsExactly(List.of(new Noted("fine")));
    }

    @Test
    void anEventNobodyStoresIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> writer.write(WriteSet.guardedBy(new Claim("k", 1)).event("a string")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mongo.findById("k", Claim.class)).isNull();
    }

    @Test
    void afterTheWriterIsClosedWritesAreRefused() throws Exception {
        writer.write(WriteSet.unguarded().insert(new Item("before", 0)));
        writer.destroy();
        assertThatThrownBy(() -> writer.write(WriteSet.unguarded().insert(new Item("after", 0))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(mongo.findById("before", Item.class)).isNotNull();
        writer = new GroupWriter(mongo, server, List.of(notes));
    }
}
