package org.wanqi.base.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports MongoDB as UP when it answers {@code ping}. Spring Boot's own indicator sends
 * {@code hello}, which the embedded server does not know; {@code ping} works on both it and a
 * real MongoDB. The bean name replaces Boot's indicator.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoPingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        boolean ok = reply.get("ok") instanceof Number n && n.doubleValue() == 1.0;
        (ok ? builder.up() : builder.down()).withDetail("database", mongo.getDb().getName());
    }
}
