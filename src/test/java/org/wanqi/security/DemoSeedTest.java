package org.wanqi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.campaign.CampaignService;
import org.wanqi.inspection.PublicInspections;

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
    @Autowired
    PublicInspections publicInspections;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SystemTasks system;

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
                        new Document("_id", account.enterpriseId))).as(account.username).isEqualTo(1);
            } else {
                assertThat(mongo.getCollection("units").countDocuments(
                        new Document("_id", account.unitId))).as(account.username).isEqualTo(1);
            }
            assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    account.username, "wanqi-demo")).isAuthenticated()).isTrue();
        }
        assertThat(byName.get("officer").unitId).isNotEqualTo(byName.get("officer2").unitId);
        assertThat(byName.values()).filteredOn(account -> account.certificateNumber != null).isNotEmpty()
                .allSatisfy(account -> assertThat(account.certificateValidUntil).as(account.username).isNotNull());

        UserAccount older = byName.get("officer");
        older.certificateValidUntil = null;
        users.save(older);
        seeders.values().stream().filter(UserSeed.class::isInstance).findFirst().orElseThrow().run(null);
        assertThat(users.findByUsername("officer").orElseThrow().certificateValidUntil)
                .as("an account of an older demo data folder gets its certificate's last day").isNotNull();

        for (String account : List.of("enterprise1", "enterprise2")) {
            Document own = new Document("enterpriseId", byName.get(account).enterpriseId);
            assertThat(mongo.getCollection("visits").countDocuments(own)).as(account + ": several visits").isGreaterThanOrEqualTo(2);
            assertThat(mongo.getCollection("visits").countDocuments(new Document(own).append("advice.0", new Document("$exists", true))))
                    .as(account + ": advice").isGreaterThanOrEqualTo(2);
            assertThat(mongo.getCollection("visits").countDocuments(new Document(own).append("attachments.0", new Document("$exists", true))))
                    .as(account + ": a visit with a photo").isGreaterThanOrEqualTo(1);
            assertThat(mongo.getCollection("risks").countDocuments(new Document(own).append("status", "CLOSED")))
                    .as(account + ": a closed risk").isGreaterThanOrEqualTo(1);
            assertThat(mongo.getCollection("risks").countDocuments(new Document(own).append("status", new Document("$ne", "CLOSED"))))
                    .as(account + ": open risks").isGreaterThanOrEqualTo(2);
            assertThat(mongo.getCollection("risks").countDocuments(new Document(own).append("attachments.0", new Document("$exists", true))))
                    .as(account + ": rectification evidence").isGreaterThanOrEqualTo(1);
            assertThat(mongo.getCollection("visit_ratings").countDocuments(own)).as(account + ": a rating").isEqualTo(1);
        }

        assertThat(mongo.getCollection("random_draws").countDocuments(new Document("state", "DRAWN")))
                .as("the last two quarters' draws").isEqualTo(2);
        for (Document draw : mongo.getCollection("random_draws").find()) {
            assertThat(publicInspections.verify(draw.get("_id").toString()).matches()).as("verifiable").isTrue();
        }
        assertThat(mongo.getCollection("inspection_tasks").countDocuments()).isPositive()
                .isEqualTo(mongo.getCollection("inspection_tasks").countDocuments(new Document("published", true)));
        assertThat(mongo.getCollection("inspection_tasks").countDocuments(new Document("outcome", "PROBLEMS_FOUND"))).isPositive();

        List<String> summaries = system.callAs("supervisor", () -> campaigns.page(false, PageRequest.of(0, 10)).stream()
                .map(campaign -> campaigns.summary(campaign.id(), Locale.SIMPLIFIED_CHINESE)).toList());
        assertThat(summaries).as("two past campaigns with their checks").hasSize(2)
                .anySatisfy(summary -> assertThat(summary).contains("秋冬季大气污染防治帮扶专项行动").endsWith("并全部督促整改完毕。"))
                .anySatisfy(summary -> assertThat(summary).contains("扬尘").contains("正在整改 1 个"));
        assertThat(mongo.getCollection("campaigns").countDocuments(new Document("closed", true))).isEqualTo(2);
    }
}
