package org.wanqi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.wanqi.base.mongo.EmbeddedMongoServer;
import org.wanqi.base.mongo.EmbeddedMongoServer.Durability;

/**
 * What "no acknowledged write is lost" costs: acknowledged single-document inserts per second
 * into the embedded server on disk, with a commit per write (the application's mode) and with
 * the library's background commit, from 1 and from 4 client threads.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.bench.DurabilityBench}
 */
public final class DurabilityBench {

    private static final int WARM_UP = 500;
    private static final int WRITES = 5_000;

    private DurabilityBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%-18s %8s %10s %12s %10s%n", "durability", "threads", "inserts", "inserts/s", "µs/insert");
        for (int threads : new int[] {1, 4}) {
            for (Durability durability : Durability.values()) {
                run(durability, threads);
            }
        }
    }

    private static void run(Durability durability, int threads) throws Exception {
        try (ScratchFolder dir = ScratchFolder.create("wanqi-bench");
             EmbeddedMongoServer server = EmbeddedMongoServer.startOnDisk(dir.path(), "127.0.0.1", 0, durability);
             MongoClient client = MongoClients.create(server.connectionString("bench"))) {
            MongoCollection<Document> visits = client.getDatabase("bench").getCollection("visits");
            insert(visits, "warm", WARM_UP);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t;
                done.add(pool.submit(() -> insert(visits, prefix, WRITES / threads)));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(Locale.ROOT, "%-18s %8d %10d %12.0f %10.1f%n", durability, threads, WRITES,
                    WRITES / seconds, seconds * 1e6 / WRITES);
        }
    }

    private static void insert(MongoCollection<Document> visits, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            visits.insertOne(new Document("_id", prefix + "-" + i)
                    .append("enterprise", "沧州市渤润化工有限公司")
                    .append("type", "帮扶走访")
                    .append("officers", List.of("李明", "张华"))
                    .append("findings", "危废贮存间标识不全，台账记录不完整，已当场指导整改。"));
        }
    }
}
