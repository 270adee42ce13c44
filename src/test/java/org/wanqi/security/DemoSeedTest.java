package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** The demo data of seed/: loaded on first start, consistent, and loaded only once however often the app starts. */
@SpringBootTest(properties = "wanqi.seed.demo=true")
@ActiveProfiles("test")
class DemoSeedTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Map<String, ApplicationRunner> seeders;
    @Autowired
    UserAccountRepository users;
    @Autowired
    WanqiAuthenticationProvider authentication;

    @Test
    void demoUsersUnitsAndEnterprisesAreLoadedOnceAndHangTogether() throws Exception {
        for (ApplicationRunner seeder : seeders.values()) {
            seeder.run(null);
        }

        assertThat(mongo.getCollection("units").countDocuments()).isEqualTo(17);
        assertThat(mongo.getCollection("enterprises").countDocuments()).isEqualTo(300);
        Map<String, UserAccount> byName = users.findAll().stream()
                .collect(Collectors.toMap(account -> account.username, account -> account));
        assertThat(byName).containsKeys("admin", "supervisor", "officer", "officer2", "trainer", "enterprise1", "enterprise2");
        assertThat(byName.values().stream().filter(account -> account.roles.contains(Role.OFFICER)).map(account -> account.unitId)
                .distinct()).as("every county has officers").hasSize(16);
        assertThat(byName.get("enterprise1").enterpriseId).isNotEqualTo(byName.get("enterprise2").enterpriseId);
        for (UserAccount account : byName.values()) {
            if (account.roles.contains(Role.ENTERPRISE)) {
                assertThat(mongo.getCollection("enterprises").countDocuments(
                        new org.bson.Document("_id", account.enterpriseId))).as(account.username).isEqualTo(1);
            } else {
                assertThat(mongo.getCollection("units").countDocuments(
                        new org.bson.Document("_id", account.unitId))).as(account.username).isEqualTo(1);
            }
            assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    account.username, "wanqi-demo")).isAuthenticated()).isTrue();
        }
        assertThat(byName.get("officer").unitId).isNotEqualTo(byName.get("officer2").unitId);
    }
}
