package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.WanqiSpringTest;

/** A whole collection read page by page: string ids and ObjectIds, more than a page of each, every document once. */
@WanqiSpringTest
class IdPagesTest {

    @Autowired
    MongoTemplate mongo;

    @org.springframework.data.mongodb.core.mapping.Document("id_pages_test")
    record Row(@Id String id, int n, String ignored) {
    }

    @Test
    void everyDocumentOnceWhateverTheTypeOfItsId() {
        mongo.dropCollection("id_pages_test");
        List<Document> rows = new ArrayList<>();
        for (int i = 0; i < 6_001; i++) {
            rows.add(new Document("_id", "v-%07d".formatted(i)).append("n", i).append("ignored", "x"));
            rows.add(new Document("_id", new ObjectId()).append("n", 10_000 + i).append("ignored", "x"));
        }
        mongo.getCollection("id_pages_test").insertMany(rows);
        Set<Integer> seen = new HashSet<>();
        List<String> ignored = new ArrayList<>();
        IdPages.forEach(mongo, Row.class, Row::id, List.of("n"), row -> {
            assertThat(seen.add(row.n())).as("read once: " + row.n()).isTrue();
            if (row.ignored() != null) {
                ignored.add(row.id());
            }
        });
        assertThat(seen).hasSize(12_002);
        assertThat(ignored).as("only the fields asked for are read").isEmpty();
    }
}
