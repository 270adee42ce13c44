package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.TestDatabase;

/** Without demo data and without WANQI_ADMIN_PASSWORD, the first admin's password is generated and printed once. */
@SpringBootTest(properties = "wanqi.security.admin-password=")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTest {

    static final Pattern PRINTED = Pattern.compile("Sign in as 'admin' with password: (\\S+)");

    @Autowired
    UserSeed seed;
    @Autowired
    UserAccountRepository users;
    @Autowired
    WanqiAuthenticationProvider authentication;
    @Autowired
    ApplicationContext context;

    @Test
    void theGeneratedPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
        TestDatabase.clear(context);
        long printedBefore = PRINTED.matcher(output.getOut()).results().count();
        seed.run(null);
        List<String> printed = PRINTED.matcher(output.getOut()).results().map(match -> match.group(1)).toList();
        assertThat(printed).as("printed for the new administrator").hasSize((int) printedBefore + 1);
        String password = printed.getLast();
        assertThat(password).hasSize(12);
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password))
                .isAuthenticated()).isTrue();
        assertThat(users.findByUsername("admin").orElseThrow().mustChangePassword).as("replaced at the first sign-in").isTrue();

        seed.run(null);
        assertThat(PRINTED.matcher(output.getOut()).results().count()).as("not printed again").isEqualTo(printed.size());
        assertThat(users.count()).isEqualTo(1);
    }
}
