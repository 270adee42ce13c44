package org.wanqi.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.TestVisits;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * The efficiency figures: the half-year of the bureau's report reproduced to the number, rollups kept
 * as visits are written equal to a recount, days in the business time zone, and scope.
 */
@WanqiSpringTest
class AnalyticsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    AnalyticsService analytics;
    @Autowired
    AnalyticsReport report;
    @Autowired
    VisitRollups rollups;
    @Autowired
    VisitService visits;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    WanqiUser supervisor;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
        users.certified("insp.1", "130921", "13092100001");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** {@code checks} visits over the first half of {@code year}, {@code officerVisits} officers among them (2 or 3 a visit). */
    private static List<TestVisits.Spec> halfYear(int year, int checks, int officerVisits) {
        int threes = officerVisits - 2 * checks;
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = (int) first.until(LocalDate.of(year, 7, 1), ChronoUnit.DAYS);
        List<TestVisits.Spec> specs = new ArrayList<>();
        for (int i = 0; i < checks; i++) {
            Instant at = first.plusDays(i % days).atTime(9 + i % 8, 0).atZone(SHANGHAI).toInstant();
            specs.add(new TestVisits.Spec(at, i % 2 == 0 ? "130921" : "130982", VisitType.ROUTINE, i < threes ? 3 : 2, i % 5 == 0 ? 1 : 0));
        }
        return specs;
    }

    @Test
    void theHalfYearOfTheReportIsReproducedToTheNumber() {
        List<TestVisits.Spec> specs = new ArrayList<>(halfYear(2026, 25799, 71437));
        specs.addAll(halfYear(2025, 18169, 44231));
        TestVisits.insert(mongo, specs);
        rollups.rebuild();
        users.signIn(supervisor);
        Summary summary = analytics.summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null);
        assertThat(summary.current().officerVisits()).isEqualTo(71437);
        assertThat(summary.previous().officerVisits()).isEqualTo(44231);
        assertThat(summary.current().enterpriseChecks()).isEqualTo(25799);
        assertThat(summary.previous().enterpriseChecks()).isEqualTo(18169);
        assertThat(summary.growth().officerVisits().percent()).isEqualByComparingTo("61.51");
        LocalDate from = LocalDate.of(2026, 1, 15);
        LocalDate to = LocalDate.of(2026, 6, 14);
        List<TestVisits.Spec> within = specs.stream().map(spec -> Map.entry(spec.startedAt().atZone(SHANGHAI).toLocalDate(), spec))
                .filter(day -> !day.getKey().isBefore(from) && !day.getKey().isAfter(to)).map(Map.Entry::getValue).toList();
        Figures edges = analytics.summary(from, to, null).current();
        assertThat(edges.enterpriseChecks()).as("days of January and June, whole months between").isEqualTo(within.size());
        assertThat(edges.officerVisits()).isEqualTo(within.stream().mapToLong(TestVisits.Spec::officers).sum());
        assertThat(analytics.trend(from, to, null, AnalyticsService.Bucket.MONTH).stream().mapToLong(AnalyticsService.Point::checks).sum())
                .isEqualTo(within.size());
        assertThat(analytics.trend(from, to, null, AnalyticsService.Bucket.WEEK).stream().mapToLong(AnalyticsService.Point::checks).sum())
                .isEqualTo(within.size());
        assertThat(report.narrative(summary, Locale.SIMPLIFIED_CHINESE).getFirst())
                .startsWith("共出动执法人员71437人次，比去年同期增加27206人次，增长61.51%；检查企业25799家次，比去年同期增加7630家次，增长41.99%；执法活跃度");
    }

    @Test
    void rollupsKeptAsVisitsAreWrittenEqualARecountAndDaysAreShanghaiDays() {
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工", "130921", 1, PollutionCategory.AIR));
        WanqiUser officer = users.certified("officer", "130921", "13092100002");
        users.signIn(officer);
        Random random = new Random(42);
        for (int i = 0; i < 25; i++) {
            OffsetDateTime started = OffsetDateTime.parse("2025-12-20T10:00:00+08:00").plusHours(random.nextInt(24 * 20));
            List<VisitDraft.FoundRisk> risks = random.nextBoolean() ? List.of() : List.of(new VisitDraft.FoundRisk(RiskCategory.AIR,
                    Severity.GENERAL, "隐患" + i, LocalDate.now().plusDays(20), null, List.of(), null, List.of()));
            visits.submit(new VisitDraft(enterprise.id(), VisitType.values()[random.nextInt(2)], started, started.plusHours(1),
                    List.of(), "检查" + i, null, List.of(), risks, null, List.of()), UUID.randomUUID().toString(), "web");
        }
        OffsetDateTime boundary = OffsetDateTime.parse("2023-12-31T16:30:00Z");
        visits.submit(new VisitDraft(enterprise.id(), VisitType.ROUTINE, boundary, boundary.plusHours(1), List.of(), "跨年",
                null, List.of(), List.of(), null, List.of()), UUID.randomUUID().toString(), "web");
        rollups.flush();
        Map<String, Map<String, Object>> kept = RollupDocuments.all(mongo);
        assertThat(kept).isNotEmpty();
        users.signIn(users.find("root"));
        rollups.rebuild();
        assertThat(RollupDocuments.all(mongo)).isEqualTo(kept);

        users.signIn(supervisor);
        assertThat(analytics.summary(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null).current().enterpriseChecks())
                .as("2023-12-31T16:30Z is 2024-01-01 in Shanghai").isEqualTo(1);
        assertThat(analytics.summary(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), null).current().enterpriseChecks()).isZero();
        Summary noHistory = analytics.summary(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), null);
        assertThat(noHistory.current().enterpriseChecks()).isEqualTo(25);
        assertThat(noHistory.growth().enterpriseChecks().percent()).as("nothing a year earlier: no percent").isNull();
        assertThat(report.narrative(noHistory, Locale.SIMPLIFIED_CHINESE).getFirst()).startsWith("共出动执法人员25人次；检查企业25家次；")
                .doesNotContain("增长");
    }

    @Test
    void aCountySupervisorSeesOnlyTheirCounty() {
        users.signIn(users.create("county.chief", Role.SUPERVISOR, null, "130921"));
        assertThat(analytics.summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "130921").current().enterpriseChecks()).isZero();
        assertThatThrownBy(() -> analytics.summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "130982"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> analytics.summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(users.create("officer.x", Role.OFFICER, null, "130921"));
        assertThatThrownBy(() -> analytics.summary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "130921"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
