package org.wanqi.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskDraft;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.visit.TestVisits;
import org.wanqi.visit.VisitType;

/** 每日效能分析: yesterday's figures per county, ranked, with the counties that logged nothing and those whose overdue risks rose. */
@WanqiSpringTest
class DailyAnalysisTest {

    /** Tuesday 2026-03-03, 10:00 in Shanghai. */
    static final Instant TUESDAY = Instant.parse("2026-03-03T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(TUESDAY);
        }
    }

    @Autowired
    DailyAnalysis daily;
    @Autowired
    VisitRollups rollups;
    @Autowired
    RiskService risks;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    TestUsers users;

    @BeforeEach
    void aMonday() {
        clock.set(TUESDAY);
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        Instant monday = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        TestVisits.insert(mongo, List.of(new TestVisits.Spec(monday, "130921", VisitType.ROUTINE, 2, 0),
                new TestVisits.Spec(monday, "130921", VisitType.ROUTINE, 3, 1), new TestVisits.Spec(monday, "130982", VisitType.ROUTINE, 2, 0)));
        rollups.rebuild();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void yesterdayPerCountyRankedWithTheCountiesThatLoggedNothing() {
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        DailySnapshot monday = daily.take(LocalDate.of(2026, 3, 2));
        assertThat(monday.units()).hasSize(16);
        DailySnapshot.UnitDay first = monday.units().getFirst();
        assertThat(first.unitId()).isEqualTo("130921");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.officerVisits()).isEqualTo(5);
        assertThat(first.checks()).isEqualTo(2);
        assertThat(monday.units().get(1).unitId()).isEqualTo("130982");
        assertThat(monday.units().stream().filter(unit -> unit.anomalies().contains(DailySnapshot.Anomaly.NO_VISITS)))
                .as("the 14 counties without a visit on a working day").hasSize(14);
        assertThat(daily.of(LocalDate.of(2026, 3, 2))).contains(monday);
        assertThat(daily.of(LocalDate.of(2026, 3, 1))).isEmpty();

        users.signIn(users.create("county.chief", Role.SUPERVISOR, null, "130982"));
        assertThat(daily.of(LocalDate.of(2026, 3, 2)).orElseThrow().units()).extracting(DailySnapshot.UnitDay::unitId)
                .as("a county's supervisor sees their county").containsExactly("130982");
    }

    @Test
    void overdueRisksRisingAreFlagged() {
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工", "130921", 1, PollutionCategory.AIR));
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.AIR, Severity.GENERAL, "收集罩破损", List.of(),
                LocalDate.of(2026, 3, 3), null, List.of()));
        daily.take(LocalDate.of(2026, 3, 2));
        clock.advance(Duration.ofDays(1));
        DailySnapshot tuesday = daily.take(LocalDate.of(2026, 3, 3));
        DailySnapshot.UnitDay cangxian = tuesday.units().stream().filter(unit -> unit.unitId().equals("130921")).findFirst().orElseThrow();
        assertThat(cangxian.overdueNow()).isEqualTo(1);
        assertThat(cangxian.anomalies()).contains(DailySnapshot.Anomaly.OVERDUE_RISING);
    }
}
