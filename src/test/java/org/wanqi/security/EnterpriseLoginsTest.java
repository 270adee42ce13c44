package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;

/**
 * Enterprise logins: created by an administrator or the staff of the enterprise's county, with a
 * temporary password that must be replaced before the account is used (no API token until then).
 */
@WanqiSpringTest
class EnterpriseLoginsTest {

    @Autowired
    UserService service;
    @Autowired
    TokenService tokens;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    EnterpriseDetails enterprise;
    WanqiUser officer;
    WanqiUser officerElsewhere;

    @BeforeEach
    void anEnterpriseInCangxian() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.AIR));
        officer = users.create("officer.cx", Role.OFFICER, null, "130921");
        officerElsewhere = users.create("officer.rq", Role.OFFICER, null, "130982");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void theCountysOfficerCreatesALoginThatMustChangeItsPasswordFirst() {
        users.signIn(officer);
        UserService.CreatedUser created = service.createEnterpriseAccount(enterprise.id(), "hengtai.env", "刘强");
        assertThat(created.user().enterpriseId()).isEqualTo(enterprise.id());
        assertThat(created.user().roles()).containsExactly(Role.ENTERPRISE);
        assertThat(service.enterpriseAccounts(enterprise.id())).extracting(UserSummary::username).containsExactly("hengtai.env");
        users.signOut();

        assertThatThrownBy(() -> tokens.issue("hengtai.env", created.temporaryPassword()))
                .as("no API token with a temporary password").isInstanceOf(CredentialsExpiredException.class);
        WanqiUser newcomer = repository.findByUsername("hengtai.env").orElseThrow().toPrincipal();
        assertThat(newcomer.mustChangePassword()).isTrue();
        users.signIn(newcomer);
        assertThatThrownBy(() -> service.changeMyPassword("wrong", "a-long-new-secret")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.changeMyPassword(created.temporaryPassword(), "short")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.changeMyPassword(created.temporaryPassword(), created.temporaryPassword()))
                .isInstanceOf(DomainException.class);
        WanqiUser changed = service.changeMyPassword(created.temporaryPassword(), "a-long-new-secret");
        assertThat(changed.mustChangePassword()).isFalse();
        users.signOut();
        assertThat(tokens.issue("hengtai.env", "a-long-new-secret").token()).isNotBlank();
    }

    @Test
    void staffOfAnotherCountyAndEnterpriseUsersCannotCreateLogins() {
        users.signIn(officerElsewhere);
        assertThatThrownBy(() -> service.createEnterpriseAccount(enterprise.id(), "sneaky", "某人"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.enterpriseAccounts(enterprise.id())).isInstanceOf(NotFoundException.class);
        WanqiUser enterpriseUser = users.create("ent", Role.ENTERPRISE, enterprise.id());
        users.signIn(enterpriseUser);
        assertThatThrownBy(() -> service.createEnterpriseAccount(enterprise.id(), "colleague", "同事"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findByUsername("sneaky")).isEmpty();
        assertThat(repository.findByUsername("colleague")).isEmpty();
    }

    @Test
    void aBadUsernameIsRefusedWithTheUsualRule() {
        users.signIn(officer);
        assertThatThrownBy(() -> service.createEnterpriseAccount(enterprise.id(), "$gt", "刘强")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> service.createEnterpriseAccount(enterprise.id(), "ok.name", "<b>刘强</b>"))
                .isInstanceOf(DomainException.class);
    }
}
