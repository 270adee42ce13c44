package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wanqi.base.DomainException;

class UserDraftTest {

    private static UserDraft officer() {
        UserDraft draft = new UserDraft();
        draft.setUsername("li.ming");
        draft.setDisplayName("李明");
        draft.setRoles(Set.of(Role.OFFICER));
        draft.setUnitId("130921");
        draft.setCertificateNumber("13090021001");
        draft.setCertificateValidUntil(LocalDate.of(2030, 6, 30));
        return draft;
    }

    private static String refusal(UserDraft draft) {
        try {
            draft.check();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void aCompleteOfficerDraftPasses() {
        assertThatCode(() -> officer().check()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "{\"$ne\":1}", "$where", "li ming", "用户", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void usernamesOutsideTheAlphabetOrLengthAreRefused(String username) {
        UserDraft draft = officer();
        draft.setUsername(username);
        assertThat(refusal(draft)).isEqualTo("user.error.username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "李<b>明</b>", "Tom & Jerry", ""})
    void displayNamesWithMarkupOrEmptyAreRefused(String name) {
        UserDraft draft = officer();
        draft.setDisplayName(name);
        assertThat(refusal(draft)).isEqualTo("user.error.display-name");
    }

    @Test
    void staffNeedAUnit() {
        UserDraft draft = officer();
        draft.setUnitId(" ");
        assertThat(refusal(draft)).isEqualTo("user.error.unit-required");
    }

    @Test
    void enterpriseUsersNeedAnEnterpriseAndNoOtherRole() {
        UserDraft draft = officer();
        draft.setRoles(Set.of(Role.ENTERPRISE));
        assertThat(refusal(draft)).isEqualTo("user.error.enterprise-required");
        draft.setEnterpriseId("ent-1");
        assertThat(refusal(draft)).isNull();
        draft.setRoles(Set.of(Role.ENTERPRISE, Role.OFFICER));
        assertThat(refusal(draft)).isEqualTo("user.error.enterprise-only-role");
    }

    @Test
    void aUserNeedsARole() {
        UserDraft draft = officer();
        draft.setRoles(Set.of());
        assertThat(refusal(draft)).isEqualTo("user.error.roles");
    }

    @Test
    void certificateNumbersAreAlphanumeric() {
        UserDraft draft = officer();
        draft.setCertificateNumber("13090<021>");
        assertThatThrownBy(draft::check).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("user.error.certificate");
    }

    @Test
    void aCertificateNeedsTheLastDayItIsValid() {
        UserDraft draft = officer();
        draft.setCertificateValidUntil(null);
        assertThat(refusal(draft)).isEqualTo("user.error.certificate-valid-until");
        draft.setCertificateNumber(" ");
        assertThat(refusal(draft)).as("no certificate, nothing to date").isNull();
    }
}
