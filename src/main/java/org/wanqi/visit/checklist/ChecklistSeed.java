package org.wanqi.visit.checklist;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/**
 * The starting checklists of {@code seed/checklists.json} (hazardous-waste storage, VOCs,
 * construction dust, wastewater), loaded when there are none: every installation needs them, so
 * not only the demo.
 */
@Component
@Order(SeedOrder.CHECKLISTS)
class ChecklistSeed implements ApplicationRunner {

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final Clock clock;

    ChecklistSeed(MongoTemplate mongo, SeedFiles seed, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed.insertIfEmpty(mongo, ChecklistTemplate.class, "checklists.json", SeedTemplate.class,
                row -> new ChecklistTemplate(ChecklistTemplate.id(row.key(), 1), row.key(), 1, true,
                        row.template().name(), row.template().topic(), row.template().visitTypes(),
                        row.template().items(), "system", clock.instant()));
    }

    record SeedTemplate(String key, ChecklistDraft template) {
    }
}
