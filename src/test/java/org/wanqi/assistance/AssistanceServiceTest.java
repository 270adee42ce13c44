package org.wanqi.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;
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
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

/** Help requests: filed for the user's own enterprise, handled by the officers of its county, step by step. */
@WanqiSpringTest
class AssistanceServiceTest {

    /** 2026-06-01 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    AssistanceService requests;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    EnterpriseDetails cangxian;
    EnterpriseDetails renqiu;
    WanqiUser entCangxian;
    WanqiUser entRenqiu;
    WanqiUser officer;
    WanqiUser officerRenqiu;

    @BeforeEach
    void twoCountiesWithAnEnterpriseEach() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        cangxian = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        renqiu = enterprises.create(TestEnterprises.draft("任丘市华北涂料有限公司", "130982", 1, PollutionCategory.VOCS));
        entCangxian = users.create("ent.cx", Role.ENTERPRISE, cangxian.id());
        entRenqiu = users.create("ent.rq", Role.ENTERPRISE, renqiu.id());
        officer = users.create("officer.cx", Role.OFFICER, null, "130921");
        officerRenqiu = users.create("officer.rq", Role.OFFICER, null, "130982");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private AssistanceDetails ask(WanqiUser who, String description) {
        users.signIn(who);
        return requests.submit(new AssistanceDraft(AssistanceTopic.HAZARDOUS_WASTE, description,
                LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 10)));
    }

    @Test
    void aRequestIsFiledForTheUsersOwnEnterpriseAndSeenByItsCountysOfficersOnly() {
        AssistanceDetails asked = ask(entCangxian, "请指导危废贮存间建设");
        assertThat(asked.enterpriseId()).isEqualTo(cangxian.id());
        assertThat(asked.status()).isEqualTo(AssistanceStatus.SUBMITTED);
        ask(entRenqiu, "请指导 VOCs 治理");

        users.signIn(officer);
        assertThat(requests.page(null, PageRequest.of(0, 10))).extracting(AssistanceDetails::enterpriseId).containsExactly(cangxian.id());
        users.signIn(officerRenqiu);
        assertThatThrownBy(() -> requests.get(asked.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.accept(asked.id(), null, asked.version())).isInstanceOf(NotFoundException.class);
        users.signIn(entRenqiu);
        assertThat(requests.page(null, PageRequest.of(0, 10))).extracting(AssistanceDetails::enterpriseId).containsExactly(renqiu.id());
        assertThatThrownBy(() -> requests.get(asked.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOfficerAcceptsAndTheVisitCompletesIt() {
        AssistanceDetails asked = ask(entCangxian, "请指导危废贮存间建设");
        users.signIn(officer);
        AssistanceDetails accepted = requests.accept(asked.id(), "6 月 5 日上午到企业", asked.version());
        assertThat(accepted.status()).isEqualTo(AssistanceStatus.ACCEPTED);
        assertThat(accepted.handledByName()).isEqualTo("测试officer.cx");
        assertThatThrownBy(() -> requests.accept(asked.id(), null, accepted.version())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> requests.complete(asked.id(), "visit-1", renqiu.id(), null))
                .as("a visit to another enterprise does not answer it").isInstanceOf(DomainException.class);
        AssistanceDetails done = requests.complete(asked.id(), "visit-1", cangxian.id(), null);
        assertThat(done.status()).isEqualTo(AssistanceStatus.DONE);
        assertThat(done.visitId()).isEqualTo("visit-1");
        assertThat(done.answer()).as("the officer's note stays").isEqualTo("6 月 5 日上午到企业");
        users.signIn(entCangxian);
        assertThat(requests.get(asked.id()).status()).isEqualTo(AssistanceStatus.DONE);
    }

    @Test
    void declineNeedsAReasonAndAStaleVersionChangesNothing() {
        AssistanceDetails asked = ask(entCangxian, "请指导");
        users.signIn(officer);
        assertThatThrownBy(() -> requests.decline(asked.id(), " ", asked.version())).isInstanceOf(DomainException.class);
        AssistanceDetails accepted = requests.accept(asked.id(), null, asked.version());
        assertThatThrownBy(() -> requests.decline(asked.id(), "不属于帮扶范围", asked.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        AssistanceDetails declined = requests.decline(asked.id(), "不属于帮扶范围", accepted.version());
        assertThat(declined.status()).isEqualTo(AssistanceStatus.DECLINED);
        assertThat(declined.answer()).isEqualTo("不属于帮扶范围");
        assertThatThrownBy(() -> requests.complete(asked.id(), "visit-1", cangxian.id(), null)).isInstanceOf(DomainException.class);
    }

    @Test
    void badInputIsRefusedAndRolesAreChecked() {
        users.signIn(entCangxian);
        assertThatThrownBy(() -> requests.submit(new AssistanceDraft(AssistanceTopic.OTHER, "<script>x</script>", null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> requests.submit(new AssistanceDraft(AssistanceTopic.OTHER, "昨天来", LocalDate.of(2026, 5, 31), null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> requests.submit(new AssistanceDraft(AssistanceTopic.OTHER, "倒序",
                LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 2)))).isInstanceOf(DomainException.class);
        AssistanceDetails asked = ask(entCangxian, "请指导");
        assertThatThrownBy(() -> requests.accept(asked.id(), null, asked.version())).isInstanceOf(AccessDeniedException.class);
        users.signIn(officer);
        assertThatThrownBy(() -> requests.submit(new AssistanceDraft(AssistanceTopic.OTHER, "代企业申请", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requests.count(AssistanceStatus.SUBMITTED)).isEqualTo(1);
    }
}
