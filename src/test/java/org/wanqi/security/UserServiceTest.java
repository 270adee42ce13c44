package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.audit.AuditEvent;
import org.wanqi.base.DomainException;

@WanqiSpringTest
class UserServiceTest {

    @Autowired
    UserService service;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    WanqiAuthenticationProvider authentication;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    TestUsers users;
    WanqiUser admin;
    WanqiUser officer;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.clear(context);
        users = new TestUsers(context);
        admin = users.create("root", Role.ADMIN, null);
        officer = users.create("li.ming", Role.OFFICER, null);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private static UserDraft draft(String username, Role role) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("王小二");
        draft.setRoles(Set.of(role));
        draft.setUnitId("130922");
        return draft;
    }

    @Test
    void anOfficerCallingAdministrationGetsAccessDeniedWithoutAnyUi() {
        users.signIn(officer);
        PageRequest page = PageRequest.of(0, 10);
        assertThatThrownBy(() -> service.page(UserFilter.none(), page)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(draft("new.one", Role.OFFICER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(admin.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(admin.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isEqualTo(2);
        assertThat(repository.findById(admin.id()).orElseThrow().enabled).isTrue();
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> service.count(UserFilter.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAdministratorCreatesAUserWhoCanSignInWithTheTemporaryPassword() {
        users.signIn(admin);
        UserService.CreatedUser created = service.create(draft(" Wang.Er ", Role.OFFICER));

        assertThat(created.user().username()).isEqualTo("wang.er");
        assertThat(created.temporaryPassword()).hasSize(12);
        assertThat(repository.findByUsername("wang.er").orElseThrow().passwordHash)
                .startsWith("{bcrypt}").doesNotContain(created.temporaryPassword());
        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("wang.er", created.temporaryPassword()));
        assertThat(((WanqiUser) signedIn.getPrincipal()).unitId()).isEqualTo("130922");
        List<AuditEvent> audit = mongo.findAll(AuditEvent.class);
        assertThat(audit).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("root");
            assertThat(event.action()).isEqualTo("created");
            assertThat(event.entityId()).isEqualTo(created.user().id());
        });
    }

    @Test
    void aTakenUsernameIsRefusedWithItsOwnMessage() {
        users.signIn(admin);
        assertThatThrownBy(() -> service.create(draft("LI.Ming", Role.OFFICER)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("user.error.username-taken");
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void anInvalidDraftChangesNothing() {
        users.signIn(admin);
        UserDraft bad = draft("zhang", Role.OFFICER);
        bad.setDisplayName("<img src=x onerror=alert(1)>");
        assertThatThrownBy(() -> service.create(bad)).isInstanceOf(DomainException.class);
        UserSummary before = UserSummary.of(repository.findById(officer.id()).orElseThrow());
        assertThatThrownBy(() -> service.update(officer.id(), bad, before.version())).isInstanceOf(DomainException.class);
        assertThat(repository.count()).isEqualTo(2);
        assertThat(repository.findById(officer.id()).orElseThrow().displayName).isEqualTo("测试li.ming");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        users.signIn(admin);
        Long seenByBoth = repository.findById(officer.id()).orElseThrow().version;
        UserDraft first = draft("li.ming", Role.OFFICER);
        first.setDisplayName("李一");
        UserDraft second = draft("li.ming", Role.OFFICER);
        second.setDisplayName("李二");

        service.update(officer.id(), first, seenByBoth);
        assertThatThrownBy(() -> service.update(officer.id(), second, seenByBoth))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(officer.id()).orElseThrow().displayName).isEqualTo("李一");
    }

    @Test
    void aDisabledUserCannotSignInAndAnAdministratorCannotDisableThemselves() {
        users.signIn(admin);
        service.setEnabled(officer.id(), false);
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("li.ming", "password")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        assertThatThrownBy(() -> service.setEnabled(admin.id(), false))
                .isInstanceOf(DomainException.class);
        assertThat(repository.findById(admin.id()).orElseThrow().enabled).isTrue();
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        users.signIn(admin);
        String password = service.resetPassword(officer.id());
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("li.ming", "password")))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("li.ming", password)).isAuthenticated()).isTrue();
    }

    @Test
    void theFilterFindsByPartOfTheNameAndPagesLazily() {
        users.signIn(admin);
        for (int i = 0; i < 25; i++) {
            service.create(draft("user" + String.format("%02d", i), Role.OFFICER));
        }
        assertThat(service.count(new UserFilter("USER1", null, null))).isEqualTo(10);
        var firstPage = service.page(new UserFilter("user", Role.OFFICER, null), PageRequest.of(0, 10));
        assertThat(firstPage.getContent()).hasSize(10);
        assertThat(firstPage.hasNext()).isTrue();
        var lastPage = service.page(new UserFilter("user", Role.OFFICER, null), PageRequest.of(2, 10));
        assertThat(lastPage.getContent()).extracting(UserSummary::username).containsExactly(
                "user20", "user21", "user22", "user23", "user24");
        assertThat(lastPage.hasNext()).isFalse();
    }

    @Test
    void aUsersLanguageIsRemembered() {
        users.signIn(officer);
        assertThat(service.myLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        service.changeMyLocale(Locale.ENGLISH);
        assertThat(service.myLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(repository.findById(officer.id()).orElseThrow().locale).isEqualTo("en");
    }
}
