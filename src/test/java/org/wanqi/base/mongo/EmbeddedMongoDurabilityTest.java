package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the embedded database: a write the server acknowledged survives {@code kill -9}
 * of the JVM it runs in.
 */
class EmbeddedMongoDurabilityTest {

    static final int WRITES = 400;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        EmbeddedServerProcess first = EmbeddedServerProcess.start(dataDir, EmbeddedMongoServer.Durability.COMMIT_EACH_WRITE);
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            MongoCollection<Document> visits = client.getDatabase("probe").getCollection("visits");
            for (int i = 0; i < WRITES; i++) {
                visits.insertOne(new Document("_id", i).append("enterprise", "沧州市渤润化工有限公司").append("n", i));
            }
            visits.updateOne(new Document("_id", 7), new Document("$set", new Document("n", -7)));
            visits.deleteOne(new Document("_id", 8));
            first.kill();
        }

        EmbeddedServerProcess second = EmbeddedServerProcess.start(dataDir, EmbeddedMongoServer.Durability.COMMIT_EACH_WRITE);
        try (MongoClient client = MongoClients.create(second.connectionString())) {
            MongoCollection<Document> visits = client.getDatabase("probe").getCollection("visits");
            assertThat(visits.countDocuments()).isEqualTo(WRITES - 1);
            assertThat(visits.find(new Document("_id", 7)).first().getInteger("n")).isEqualTo(-7);
            assertThat(visits.find(new Document("_id", 8)).first()).isNull();
            assertThat(visits.find(new Document("_id", WRITES - 1)).first().getString("enterprise")).isEqualTo("沧州市渤润化工有限公司");
        } finally {
            second.kill();
        }
    }
}
