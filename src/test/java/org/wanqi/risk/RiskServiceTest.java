package org.wanqi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

@WanqiSpringTest
class RiskServiceTest {

    /** 2026-03-31 23:59 in Shanghai. */
    static final Instant LAST_MINUTE_OF_MARCH = Instant.parse("2026-03-31T15:59:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(LAST_MINUTE_OF_MARCH);
        }
    }

    @Autowired
    RiskService risks;
    @Autowired
    RiskReminders reminders;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    TestUsers users;
    WanqiUser officer;
    WanqiUser officer2;
    WanqiUser supervisor;
    EnterpriseDetails enterprise;

    @BeforeEach
    void anEnterpriseInCangxian() {
        clock.set(Instant.parse("2026-03-01T02:00:00Z"));
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        officer = users.create("officer", Role.OFFICER, null, "130921");
        officer2 = users.create("officer2", Role.OFFICER, null, "130982");
        supervisor = users.create("supervisor", Role.SUPERVISOR, null, "130900");
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        users.signIn(officer);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    RiskDetails aRisk(LocalDate deadline) {
        return risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.HAZARDOUS_WASTE, Severity.MAJOR,
                "危废贮存间未设置防渗漏托盘", List.of("《固体废物污染环境防治法》第七十九条"), deadline, "刘强", List.of()));
    }

    @Test
    void theArticlesARiskCitesAreCountedInTheCallersScope() {
        aRisk(LocalDate.of(2026, 3, 31));
        aRisk(LocalDate.of(2026, 3, 31));
        assertThat(risks.risksCiting("固体废物污染环境防治法#79#0")).isEqualTo(2);
        assertThat(risks.risksCiting("固体废物污染环境防治法#80#0")).isZero();
        users.signIn(officer2);
        assertThat(risks.risksCiting("固体废物污染环境防治法#79#0")).as("another county's risks").isZero();
    }

    @Test
    void aRiskIsFollowedToClosureAndEveryStepIsOnTheTimeline() {
        RiskDetails risk = aRisk(LocalDate.of(2026, 3, 31));
        WanqiUser own = users.create("ent", Role.ENTERPRISE, enterprise.id());
        users.signIn(own);
        risk = risks.transition(risk.id(), RiskStatus.RECTIFYING, null, List.of(), risk.version());
        risk = risks.transition(risk.id(), RiskStatus.PENDING_VERIFICATION, "已购置防渗漏托盘并张贴标识", List.of(), risk.version());
        users.signIn(officer);
        risk = risks.transition(risk.id(), RiskStatus.CLOSED, "现场核查合格", List.of(), risk.version());

        assertThat(risk.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk.history()).extracting(RiskEvent::to)
                .containsExactly(RiskStatus.RECTIFYING, RiskStatus.PENDING_VERIFICATION, RiskStatus.CLOSED);
        assertThat(enterprises.timeline(enterprise.id(), PageRequest.of(0, 10)).getContent()).extracting(TimelineEntry::summaryKey)
                .containsExactly("timeline.risk.CLOSED", "timeline.risk.PENDING_VERIFICATION", "timeline.risk.RECTIFYING",
                        "timeline.risk.created", "timeline.enterprise.created");
    }

    @Test
    void anOfficerOfAnotherCountyCanNeitherReadNorMoveTheRisk() {
        RiskDetails risk = aRisk(LocalDate.of(2026, 3, 31));
        users.signIn(officer2);
        assertThatThrownBy(() -> risks.get(risk.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> risks.transition(risk.id(), RiskStatus.RECTIFYING, null, List.of(), risk.version()))
                .isInstanceOf(NotFoundException.class);
        assertThat(risks.page(RiskFilter.none(), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThatThrownBy(() -> risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.AIR, Severity.GENERAL,
                "x", List.of(), LocalDate.of(2026, 4, 1), null, List.of()))).isInstanceOf(NotFoundException.class);
        users.signIn(supervisor);
        assertThat(risks.get(risk.id()).status()).isEqualTo(RiskStatus.OPEN);
    }

    @Test
    void ofTwoConcurrentMovesOnlyOneWins() {
        RiskDetails risk = aRisk(LocalDate.of(2026, 3, 31));
        risks.transition(risk.id(), RiskStatus.RECTIFYING, null, List.of(), risk.version());
        assertThatThrownBy(() -> risks.transition(risk.id(), RiskStatus.RECTIFYING, null, List.of(), risk.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(risks.get(risk.id()).history()).hasSize(1);
    }

    @Test
    void overdueStartsAtMidnightInShanghaiNotInUtc() {
        RiskDetails risk = aRisk(LocalDate.of(2026, 3, 31));
        clock.set(LAST_MINUTE_OF_MARCH);
        assertThat(risks.get(risk.id()).overdue()).isFalse();
        assertThat(risks.page(overdue(true), PageRequest.of(0, 10)).getContent()).isEmpty();
        clock.set(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(risks.get(risk.id()).overdue()).as("2026-04-01 00:00 in Shanghai").isTrue();
        assertThat(risks.page(overdue(true), PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(risks.page(overdue(false), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void onlySupervisorsExtendAndTheyMustSayWhy() {
        RiskDetails risk = aRisk(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> risks.extendDeadline(risk.id(), LocalDate.of(2026, 4, 30), "x", risk.version()))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(supervisor);
        RiskDetails extended = risks.extendDeadline(risk.id(), LocalDate.of(2026, 4, 30), "防渗托盘订货周期长", risk.version());
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(extended.history().getLast().reason()).isEqualTo("防渗托盘订货周期长");
    }

    @Test
    void deadlinesInThePastAndMarkupAreRefused() {
        assertThatThrownBy(() -> aRisk(LocalDate.of(2026, 2, 28))).isInstanceOf(org.wanqi.base.DomainException.class);
        assertThatThrownBy(() -> risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.AIR, Severity.GENERAL,
                "<script>x</script>", List.of(), LocalDate.of(2026, 4, 1), null, List.of())))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(risks.page(RiskFilter.none(), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void theBoardFiltersBySeverityCategoryCountyOfficerAndDueSoon() {
        RiskDetails dueIn3Days = aRisk(LocalDate.of(2026, 3, 4));
        RiskDetails dueIn4Days = aRisk(LocalDate.of(2026, 3, 5));
        users.signIn(supervisor);
        RiskDetails bySupervisor = risks.create(new RiskDraft(enterprise.id(), null, RiskCategory.DUST, Severity.GENERAL,
                "料堆未覆盖", List.of(), LocalDate.of(2026, 3, 2), null, List.of()));
        assertThat(ids(new RiskFilter(null, null, null, null, null, null, null, true)))
                .as("due soon: today (Mar 1) to Mar 4").containsExactly(bySupervisor.id(), dueIn3Days.id());
        assertThat(ids(new RiskFilter(null, null, null, Severity.MAJOR, null, null, null, null)))
                .containsExactly(dueIn3Days.id(), dueIn4Days.id());
        assertThat(ids(new RiskFilter(null, null, null, null, RiskCategory.DUST, null, null, null))).containsExactly(bySupervisor.id());
        assertThat(ids(new RiskFilter(null, null, null, null, null, null, "officer", null)))
                .containsExactly(dueIn3Days.id(), dueIn4Days.id());
        assertThat(ids(new RiskFilter(null, null, null, null, null, "130982", null, null))).isEmpty();
        assertThat(ids(new RiskFilter(null, null, null, null, null, "130921", null, null))).hasSize(3);
        assertThat(risks.count(new RiskFilter(null, null, null, null, null, null, null, true))).isEqualTo(2);
    }

    @Test
    void theDailyReminderTellsEachOfficerWhatIsOverdueOrDueSoonInTheirArea() {
        aRisk(LocalDate.of(2026, 3, 1));
        aRisk(LocalDate.of(2026, 3, 5));
        aRisk(LocalDate.of(2026, 3, 20));
        users.signOut();
        clock.set(Instant.parse("2026-03-02T23:30:00Z"));
        reminders.sendDaily();
        reminders.sendDaily();

        users.signIn(officer);
        assertThat(reminders.mine()).singleElement().satisfies(reminder -> {
            assertThat(reminder.day()).as("07:30 on March 3 in Shanghai").isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(reminder.overdue()).isEqualTo(1);
            assertThat(reminder.dueSoon()).isEqualTo(1);
        });
        assertThat(risks.counts().dueSoon()).isEqualTo(1);
        users.signIn(supervisor);
        assertThat(reminders.mine()).singleElement().satisfies(reminder -> assertThat(reminder.overdue()).isEqualTo(1));
        users.signIn(officer2);
        assertThat(reminders.mine()).as("nothing in officer2's county").isEmpty();
        users.signIn(users.create("ent", Role.ENTERPRISE, enterprise.id()));
        assertThatThrownBy(() -> reminders.mine()).isInstanceOf(AccessDeniedException.class);
    }

    List<String> ids(RiskFilter filter) {
        return risks.page(filter, PageRequest.of(0, 20)).map(RiskDetails::id).getContent();
    }

    static RiskFilter overdue(boolean overdue) {
        return new RiskFilter(null, overdue, null, null, null, null, null, null);
    }
}
