package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;

/** Without demo data, a first start creates exactly one administrator with the configured password. */
@WanqiSpringTest
class FirstStartTest {

    @Autowired
    UserSeed seed;
    @Autowired
    UserAccountRepository users;
    @Autowired
    WanqiAuthenticationProvider authentication;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(context);
    }

    @Test
    void theFirstAdministratorGetsThePasswordFromTheEnvironmentOnceOnly() {
        seed.run(null);
        seed.run(null);

        List<UserAccount> all = users.findAll();
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().username).isEqualTo("admin");
        assertThat(all.getFirst().roles).containsExactly(Role.ADMIN);
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "admin", "test-admin-password")).isAuthenticated()).isTrue();
    }
}
