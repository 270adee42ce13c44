package org.wanqi.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * The demo's last two quarters of 双随机抽查, written through the services as its people would: the
 * city supervisor commits and runs a municipal draw per quarter, the first inspector of each task logs
 * the inspection visit on a working day of that quarter (every third finds a problem), and the
 * supervisor approves publication. So a fresh start shows draws to verify and a public results page.
 */
@Component
@Order(SeedOrder.VISITS + 2)
class InspectionSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionSeed.class);

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final SystemTasks system;
    private final RandomInspections inspections;
    private final VisitService visits;
    private final BusinessZone zone;
    private final Clock clock;

    InspectionSeed(MongoTemplate mongo, SeedFiles seed, SystemTasks system, RandomInspections inspections, VisitService visits,
                   BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.system = system;
        this.inspections = inspections;
        this.visits = visits;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seed.demoEnabled() || mongo.exists(new Query(), Draw.class)) {
            return;
        }
        Map<String, String> usernames = new HashMap<>();
        system.asEachUser(Set.of(Role.OFFICER), user -> usernames.put(user.id(), user.getUsername()));
        LocalDate today = zone.dateOf(clock.instant());
        LocalDate thisQuarter = BusinessZone.quarterStart(today);
        for (LocalDate start : List.of(thisQuarter.minusMonths(6), thisQuarter.minusMonths(3))) {
            String quarter = BusinessZone.quarterOf(start);
            DrawDetails drawn = system.callAs("supervisor", () -> inspections.run(inspections.commit(
                    new RandomInspections.DrawRequest(quarter, DrawInputs.DrawLevel.MUNICIPAL, null, false)).id()));
            List<TaskDetails> tasks = system.call(() -> inspections.tasks(drawn.id()));
            for (int i = 0; i < tasks.size(); i++) {
                TaskDetails task = tasks.get(i);
                if (!task.inspectorIds().isEmpty()) {
                    inspect(task, BusinessZone.workingDayOnOrBefore(start.plusDays(7 + (i * 5L) % 70)), i % 3 == 0, today,
                            usernames.get(task.inspectorIds().getFirst()));
                }
            }
            system.asUser("supervisor", () -> inspections.publish(drawn.id()));
            log.info("Demo random inspections: {} draw with {} tasks, inspected and published", quarter, tasks.size());
        }
    }

    private void inspect(TaskDetails task, LocalDate day, boolean problem, LocalDate today, String inspector) {
        OffsetDateTime started = day.atTime(LocalTime.of(9, 30)).atZone(zone.zoneId()).toOffsetDateTime();
        List<VisitDraft.FoundRisk> risks = problem
                ? List.of(new VisitDraft.FoundRisk(RiskCategory.PAPERWORK, Severity.GENERAL, "环境管理台账记录不完整，未按要求记录治理设施运行情况。",
                today.plusDays(20), null, List.of(), null, List.of()))
                : List.of();
        system.asUser(inspector, () -> visits.submit(new VisitDraft(task.enterpriseId(), VisitType.RANDOM_INSPECTION, started,
                started.plusMinutes(90), task.inspectorIds(), problem ? "双随机抽查，发现台账问题，已责令整改。" : "双随机抽查，未发现环境违法问题。",
                null, List.of(new VisitDraft.Advice("按排污许可要求规范填写环境管理台账。", List.of())), risks, null, List.of()),
                "random-" + task.id(), "web"));
    }
}
