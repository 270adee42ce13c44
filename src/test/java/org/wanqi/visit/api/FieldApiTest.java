package org.wanqi.visit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.wanqi.ApiClient;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import tools.jackson.databind.JsonNode;

/**
 * What the mobile-API tests share: a running server, an enterprise in county 130921, its officer,
 * an officer of another county, the enterprise's own user, and a valid visit to submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FieldApiTest.Clocks.class)
abstract class FieldApiTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    UnitService units;
    @Autowired
    EnterpriseService enterprises;
    ApiClient api;
    String officer;
    String officer2;
    String enterpriseUser;
    EnterpriseDetails enterprise;
    WanqiUser officerAccount;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void anEnterpriseAndItsPeople() {
        clock.set(Instant.now());
        TestDatabase.clear(context);
        units.run(null);
        api = new ApiClient(port);
        TestUsers users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        users.signOut();
        officerAccount = users.create("officer", Role.OFFICER, null, "130921");
        users.create("officer2", Role.OFFICER, null, "130982");
        users.create("ent", Role.ENTERPRISE, enterprise.id());
        officer = api.token("officer");
        officer2 = api.token("officer2");
        enterpriseUser = api.token("ent");
    }

    Map<String, Object> visit(String summary) {
        Map<String, Object> risk = Map.of("category", "HAZARDOUS_WASTE", "severity", "MAJOR",
                "description", "危废贮存间未设置防渗漏托盘", "deadline", LocalDate.now().plusDays(30).toString(),
                "citations", List.of("《固体废物污染环境防治法》第七十九条"));
        return Map.of("enterpriseId", enterprise.id(), "type", "ASSISTANCE",
                "startedAt", "2026-03-02T09:30:00+08:00", "endedAt", "2026-03-02T10:40:00+08:00",
                "summary", summary, "advice", List.of(Map.of("text", "完善危废管理台账", "citations", List.of())),
                "risks", List.of(risk));
    }

    ApiClient.Answer submit(String key, Map<String, Object> body) {
        return api.send("POST", "/api/v1/visits", api.json(body), officer, null, Map.of("Idempotency-Key", key));
    }

}
