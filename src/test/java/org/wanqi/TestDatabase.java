package org.wanqi;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Empties every collection (keeping their indexes), so each test starts from a fresh database. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void clear(MongoTemplate mongo) {
        mongo.getCollectionNames().forEach(collection -> mongo.remove(new Query(), collection));
    }
}
