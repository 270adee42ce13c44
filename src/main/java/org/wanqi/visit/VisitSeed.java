package org.wanqi.visit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.SupervisionTier;
import org.wanqi.enterprise.TimelineBatch;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.risk.RiskHistory;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.checklist.ChecklistDetails;
import org.wanqi.visit.checklist.ChecklistService;

/**
 * The demo's last 18 months of visits, risks and advice ({@link VisitHistoryGenerator}), written on
 * first start with demo data on, after the enterprises, users and checklists.
 */
@Component
@Order(SeedOrder.VISITS)
class VisitSeed implements ApplicationRunner {

    static final int DEMO_VISITS = 1500;
    static final int MONTHS = 18;
    private static final Logger log = LoggerFactory.getLogger(VisitSeed.class);

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final SystemTasks system;
    private final EnterpriseService enterprises;
    private final ChecklistService checklists;
    private final RiskHistory riskHistory;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    VisitSeed(MongoTemplate mongo, SeedFiles seed, SystemTasks system, EnterpriseService enterprises,
              ChecklistService checklists, RiskHistory riskHistory, ApplicationEventPublisher events, BusinessZone zone,
              Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.system = system;
        this.enterprises = enterprises;
        this.checklists = checklists;
        this.riskHistory = riskHistory;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seed.demoEnabled() || mongo.count(new Query(), Visit.class) > 0) {
            return;
        }
        long start = System.nanoTime();
        int[] written = write(generator("v"), DEMO_VISITS, 1000);
        log.info("Demo history: {} visits and {} risks over {} months written in {} ms", written[0], written[1], MONTHS,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A generator over the stored enterprises, staff and checklists, for today; visit ids start with {@code idPrefix}. */
    VisitHistoryGenerator generator(String idPrefix) {
        List<VisitHistoryGenerator.Place> places = new ArrayList<>();
        List<ChecklistDetails> templates = new ArrayList<>();
        system.asSystem(() -> {
            int all = (int) Math.max(1, enterprises.count(EnterpriseFilter.none()));
            enterprises.page(EnterpriseFilter.none(), PageRequest.of(0, all)).forEach(e ->
                    places.add(new VisitHistoryGenerator.Place(e.id(), e.name(), e.regionCode(),
                            e.supervisionTier() == SupervisionTier.KEY)));
            templates.addAll(checklists.latest(null));
        });
        Map<String, List<VisitHistoryGenerator.Person>> officersByUnit = new HashMap<>();
        List<VisitHistoryGenerator.Person> city = new ArrayList<>();
        Map<String, VisitHistoryGenerator.Person> enterpriseAccounts = new HashMap<>();
        system.asEachUser(Set.of(Role.OFFICER, Role.SUPERVISOR, Role.ENTERPRISE), user -> {
            if (user.hasRole(Role.ENTERPRISE)) {
                enterpriseAccounts.put(user.enterpriseId(), person(user, Role.ENTERPRISE));
            } else if (user.hasRole(Role.SUPERVISOR)) {
                city.add(person(user, Role.SUPERVISOR));
            } else {
                officersByUnit.computeIfAbsent(user.unitId(), unit -> new ArrayList<>()).add(person(user, Role.OFFICER));
            }
        });
        return new VisitHistoryGenerator(idPrefix, 20_261_129L, zone.dateOf(clock.instant()), zone.zoneId(), MONTHS, places,
                officersByUnit, city, enterpriseAccounts, templates);
    }

    /** Writes {@code count} generated visits in batches of {@code batchSize}; returns {visits, risks} written. */
    int[] write(VisitHistoryGenerator generator, int count, int batchSize) {
        int[] written = {0, 0};
        List<VisitHistoryGenerator.Generated> batch = new ArrayList<>();
        generator.visits(count).forEach(generated -> {
            batch.add(generated);
            if (batch.size() == batchSize) {
                flush(batch, written);
            }
        });
        flush(batch, written);
        return written;
    }

    private void flush(List<VisitHistoryGenerator.Generated> batch, int[] written) {
        if (batch.isEmpty()) {
            return;
        }
        mongo.insertAll(batch.stream().map(VisitHistoryGenerator.Generated::visit).toList());
        written[1] += riskHistory.insertAll(batch.stream().flatMap(generated -> generated.risks().stream()).toList());
        events.publishEvent(new TimelineBatch(batch.stream()
                .map(generated -> new TimelineEntry(generated.visit().enterpriseId, generated.visit().startedAt, "visit",
                        generated.officerName(), "timeline.visit." + generated.visit().type.name(),
                        List.of(generated.visit().summary), List.of()))
                .toList()));
        written[0] += batch.size();
        batch.clear();
    }

    private static VisitHistoryGenerator.Person person(WanqiUser user, Role role) {
        return new VisitHistoryGenerator.Person(user.id(), user.getUsername(), user.displayName(), user.unitId(), role);
    }
}
