package org.wanqi.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/** The units, for everyone signed in; kept in step with {@code seed/units.json} at start-up. */
@Service
@Order(SeedOrder.UNITS)
public class UnitService implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final SeedFiles seed;

    UnitService(MongoTemplate mongo, SeedFiles seed) {
        this.mongo = mongo;
        this.seed = seed;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Unit> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Unit.class);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Unit> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Unit.class));
    }

    /** Upserts the reference units; safe to run on every start. */
    @Override
    public void run(ApplicationArguments args) {
        seed.read("units.json", Unit.class).forEach(mongo::save);
    }
}
