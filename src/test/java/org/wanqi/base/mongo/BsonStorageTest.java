package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's BSON storage: every BSON type survives a restart as it was written,
 * unique indexes still refuse duplicates and find by key, and a file written by the stock backend
 * (Java serialization) is converted at start without losing a document.
 */
class BsonStorageTest {

    @TempDir
    Path dataDir;

    @Test
    void everyValueTypeAndIndexSurvivesARestart() {
        List<Document> written = new ArrayList<>();
        try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            things.createIndex(Indexes.ascending("code", "region"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                Document document = sample(i);
                things.insertOne(document);
                written.add(document);
            }
            things.updateOne(new Document("code", "c-7").append("region", 7), Updates.push("tags", "追加"));
            written.get(7).getList("tags", String.class).add("追加");
        }

        try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            List<Document> read = things.find().sort(Sorts.ascending("n")).into(new ArrayList<>());
            assertThat(read).isEqualTo(written);
            assertThat(things.find(new Document("_id", written.get(42).getObjectId("_id"))).first()).isEqualTo(written.get(42));
            assertThatThrownBy(() -> things.insertOne(new Document("code", "c-9").append("region", 9)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            things.insertOne(new Document("code", "c-9").append("region", 10));
            assertThat(things.countDocuments()).isEqualTo(301);
        }
    }

    @Test
    void documentsOfEverySizeKeepTheirOwnBytes() {
        // values are encoded in a buffer each thread reuses: a small document after a large one must
        // not carry any of the large one's bytes, and one past the reused buffer's limit is stored whole
        List<Document> written = new ArrayList<>();
        try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            for (int size : List.of(1, 5_000, 2_000_000, 3, 70_000, 0, 1_200_000, 40)) {
                Document document = new Document("size", size).append("text", "污".repeat(size)).append("n", written.size());
                things.insertOne(document);
                written.add(document);
            }
        }
        try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            List<Document> read = client.getDatabase("probe").getCollection("things").find().sort(Sorts.ascending("n"))
                    .into(new ArrayList<>());
            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void collectionsCountTheirDocumentsButKeepNoDataSize() {
        try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            for (int i = 0; i < 20; i++) {
                things.insertOne(sample(i));
            }
            things.updateOne(new Document("n", 3), Updates.set("name", "更新后的名称"));
            things.deleteOne(new Document("n", 4));

            Document stats = client.getDatabase("probe").runCommand(new Document("collStats", "things"));
            assertThat(stats.get("count", Number.class).intValue()).isEqualTo(19);
            assertThat(stats.get("size", Number.class).intValue()).as("no running size is kept").isZero();
        }
    }

    @Test
    void rangesOfIdsAreAnsweredInOrderWithTheirBounds() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startInMemory("127.0.0.1");
             MongoClient client = MongoClients.create(server.connectionString("probe"))) {
            MongoCollection<Document> entries = client.getDatabase("probe").getCollection("entries");
            List<String> ids = new ArrayList<>();
            for (String owner : List.of("e1", "e10", "e2")) {
                for (int i = 0; i < 30; i++) {
                    ids.add(owner + "/" + String.format("%03d", i));
                }
            }
            List<String> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, new java.util.Random(7));
            shuffled.forEach(id -> entries.insertOne(new Document("_id", id).append("n", id.hashCode())));
            entries.insertOne(new Document("_id", new ObjectId()).append("n", 1));
            entries.insertOne(new Document("_id", 42).append("n", 2));

            Document e1 = new Document("_id", new Document("$gte", "e1/").append("$lt", "e10"));
            assertThat(idsOf(entries.find(e1))).isEqualTo(ids.subList(0, 30));
            assertThat(idsOf(entries.find(e1).sort(Sorts.descending("_id")).skip(2).limit(5)))
                    .containsExactly("e1/027", "e1/026", "e1/025", "e1/024", "e1/023");
            assertThat(idsOf(entries.find(new Document("_id", new Document("$gt", "e1/005").append("$lte", "e1/008")))))
                    .containsExactly("e1/006", "e1/007", "e1/008");
            assertThat(idsOf(entries.find(new Document("_id", new Document("$gte", "e2/028")))))
                    .as("only strings: no ObjectId or number above them").containsExactly("e2/028", "e2/029");
            assertThat(idsOf(entries.find(new Document("_id", new Document("$lt", "e1/002"))).sort(Sorts.descending("_id"))))
                    .containsExactly("e1/001", "e1/000");
            assertThat(idsOf(entries.find(e1).sort(Sorts.descending("n")).limit(3)))
                    .as("another order still sorts").isEqualTo(ids.subList(0, 30).stream()
                            .sorted(java.util.Comparator.comparing(String::hashCode).reversed()).limit(3).toList());
            assertThat(entries.countDocuments(e1)).isEqualTo(30);

            MongoCollection<Document> numbered = client.getDatabase("probe").getCollection("numbered");
            for (long n : new long[] {5, 1, 3, 2, 4}) {
                numbered.insertOne(new Document("_id", n));
            }
            numbered.insertOne(new Document("_id", 6));
            assertThat(idsOf(numbered.find(new Document("_id", new Document("$gt", 2))))).containsExactly(3L, 4L, 5L, 6);
            assertThat(idsOf(numbered.find(new Document("_id", new Document("$gt", 2L).append("$lt", 5.5))).limit(2)))
                    .containsExactly(3L, 4L);
        }
    }

    private static List<Object> idsOf(Iterable<Document> found) {
        List<Object> ids = new ArrayList<>();
        found.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    @Test
    void aFileOfTheStockBackendIsConvertedAtStart() {
        Path file = dataDir.resolve("wanqi.mv.db");
        MVStore stockStore = new MVStore.Builder().fileName(file.toString()).open();
        H2Backend stock = new H2Backend(stockStore);
        MongoServer stockServer = new MongoServer(stock);
        stockServer.bind("127.0.0.1", 0);
        List<Document> written = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(stockServer) + "/probe")) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            things.createIndex(Indexes.ascending("code", "region"), new IndexOptions().unique(true));
            for (int i = 0; i < 120; i++) {
                Document document = sample(i);
                things.insertOne(document);
                written.add(document);
            }
            client.getDatabase("probe").getCollection("keys").insertOne(new Document("_id", "key-1").append("visit", "v1"));
        } finally {
            stockServer.shutdown();
            stock.close();
        }
        try (MVStore unconverted = MVStore.open(file.toString())) {
            assertThatThrownBy(() -> new BsonH2Backend(unconverted))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("earlier version");
        }

        for (int start = 0; start < 2; start++) {
            try (EmbeddedMongoServer server = onDisk(); MongoClient client = MongoClients.create(server.connectionString("probe"))) {
                MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
                assertThat(things.find().sort(Sorts.ascending("n")).into(new ArrayList<>())).isEqualTo(written);
                assertThat(client.getDatabase("probe").getCollection("keys").find(new Document("_id", "key-1")).first())
                        .isEqualTo(new Document("_id", "key-1").append("visit", "v1"));
                assertThatThrownBy(() -> things.insertOne(new Document("code", "c-3").append("region", 3)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            }
        }
    }

    private EmbeddedMongoServer onDisk() {
        return EmbeddedMongoServer.startOnDisk(dataDir, "127.0.0.1", 0, EmbeddedMongoServer.Durability.COMMIT_EACH_WRITE);
    }

    private static String hostAndPort(MongoServer server) {
        return server.getLocalAddress().getHostString() + ":" + server.getLocalAddress().getPort();
    }

    /** A document with every BSON type the application writes, and then some. */
    private static Document sample(int n) {
        return new Document("_id", new ObjectId())
                .append("n", n)
                .append("code", "c-" + n)
                .append("region", n)
                .append("name", "沧州市渤润化工有限公司 " + n)
                .append("big", 10_000_000_000L + n)
                .append("ratio", n / 7.0)
                .append("flag", n % 2 == 0)
                .append("at", new Date(1_700_000_000_000L + n * 1000L))
                .append("amount", Decimal128.parse(n + ".25"))
                .append("bytes", new Binary(new byte[] {1, 2, (byte) n}))
                .append("uuid", new UUID(n, n * 31L).toString())
                .append("none", null)
                .append("tags", new ArrayList<>(List.of("危险废物", "VOCs")))
                .append("nested", new Document("unit", "130921").append("list", List.of(1, 2L, 3.5, new Document("x", n))));
    }
}
