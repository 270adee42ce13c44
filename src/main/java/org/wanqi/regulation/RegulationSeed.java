package org.wanqi.regulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/**
 * The metadata of the core environmental laws ({@code seed/regulations.json}): aliases, level,
 * authority, number and dates. Statute texts come from import; this fills in what the texts do not
 * say, on every start, without overwriting what someone entered.
 */
@Component
@Order(SeedOrder.REGULATIONS)
class RegulationSeed implements ApplicationRunner {

    record Entry(String title, List<String> aliases, RegulationLevel level, String authority, String documentNumber,
                 LocalDate promulgated, LocalDate effective, String category) {
    }

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final KnowledgeBaseChanges changes;
    private final Clock clock;
    private final BusinessZone zone;

    RegulationSeed(MongoTemplate mongo, SeedFiles seed, KnowledgeBaseChanges changes, Clock clock, BusinessZone zone) {
        this.mongo = mongo;
        this.seed = seed;
        this.changes = changes;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> changed = new java.util.ArrayList<>();
        for (Entry entry : seed.read("regulations.json", Entry.class)) {
            String id = RegulationImporter.regulationId(entry.title());
            Regulation regulation = mongo.findById(id, Regulation.class);
            boolean created = regulation == null;
            if (created) {
                regulation = new Regulation();
                regulation.id = id;
                regulation.title = entry.title();
                regulation.shortTitle = Titles.normalize(entry.title());
            }
            Set<String> aliases = new LinkedHashSet<>(regulation.aliases);
            aliases.addAll(entry.aliases());
            boolean more = aliases.size() > regulation.aliases.size();
            regulation.aliases = List.copyOf(aliases);
            regulation.level = regulation.level == null ? entry.level() : regulation.level;
            regulation.authority = regulation.authority == null ? entry.authority() : regulation.authority;
            regulation.documentNumber = regulation.documentNumber == null ? entry.documentNumber() : regulation.documentNumber;
            regulation.promulgated = regulation.promulgated == null ? entry.promulgated() : regulation.promulgated;
            regulation.effective = regulation.effective == null ? entry.effective() : regulation.effective;
            regulation.category = regulation.category == null ? entry.category() : regulation.category;
            if (created || more) {
                regulation.deriveStatus(zone.dateOf(clock.instant()));
                regulation.updatedAt = clock.instant();
                mongo.save(regulation);
                changed.add(id);
            }
        }
        if (!changed.isEmpty()) {
            changes.written(RegulationsChanged.ofRegulations(changed));
        }
    }
}
