package org.wanqi.enterprise;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/** The demo enterprises of {@code seed/enterprises.json}, loaded into an empty registry. */
@Component
@Order(SeedOrder.ENTERPRISES)
class EnterpriseSeed implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final Clock clock;

    EnterpriseSeed(MongoTemplate mongo, SeedFiles seed, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seed.demoEnabled()) {
            seed.insertIfEmpty(mongo, Enterprise.class, "enterprises.json", SeedEnterprise.class, this::toEnterprise);
        }
    }

    private Enterprise toEnterprise(SeedEnterprise row) {
        Enterprise enterprise = new Enterprise();
        enterprise.apply(row.enterprise());
        enterprise.id = row.id();
        enterprise.createdAt = clock.instant();
        enterprise.updatedAt = enterprise.createdAt;
        return enterprise;
    }

    /** A demo enterprise: a fixed id (demo accounts refer to it) and its fields. */
    record SeedEnterprise(String id, EnterpriseDraft enterprise) {
    }
}
