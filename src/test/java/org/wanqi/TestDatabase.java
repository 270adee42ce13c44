package org.wanqi;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.wanqi.base.mongo.DerivedData;

/**
 * Gives a test a fresh database: empties every collection (keeping their indexes) and rebuilds
 * everything derived from them.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void clear(ApplicationContext context) {
        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        mongo.getCollectionNames().forEach(collection -> mongo.remove(new Query(), collection));
        context.getBeansOfType(DerivedData.class).values().forEach(DerivedData::rebuild);
    }
}
