package org.wanqi.enterprise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.ApiClient;
import org.wanqi.TestDatabase;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/** The registry over real HTTP: paging, creation, If-Match, field errors and scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnterpriseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitService units;
    ApiClient api;
    String admin;
    String cangxianOfficer;

    @BeforeEach
    void usersAndTokens() {
        TestDatabase.clear(context);
        units.run(null);
        api = new ApiClient(port);
        TestUsers users = new TestUsers(context);
        users.create("api.admin", Role.ADMIN, null);
        users.create("api.officer", Role.OFFICER, null, "130921");
        admin = api.token("api.admin");
        cangxianOfficer = api.token("api.officer");
    }

    static Map<String, Object> body(String name, String region, String uscc) {
        return Map.of("name", name, "uscc", uscc, "regionCode", region, "pollutionCategories", List.of("AIR", "VOCS"),
                "supervisionTier", "GENERAL", "operatingStatus", "OPERATING",
                "contacts", List.of(Map.of("name", "王伟", "role", "环保负责人", "phone", "13912345678")));
    }

    ApiClient.Answer create(String token, String name, String region, String uscc) {
        return api.send("POST", "/api/v1/enterprises", api.json(body(name, region, uscc)), token, null);
    }

    @Test
    void createReadUpdateWithIfMatch() {
        ApiClient.Answer created = create(admin, "沧县恒泰化工有限公司", "130921", "91130921MA00000156");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/enterprises/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        ApiClient.Answer read = api.send("GET", "/api/v1/enterprises/" + id, null, cangxianOfficer, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("pollutionCategories")).hasSize(2);

        Map<String, Object> changed = new java.util.HashMap<>(body("沧县恒泰化工有限公司", "130921", "91130921MA00000156"));
        changed.put("address", "沧县经济开发区1号");
        ApiClient.Answer updated = api.send("PUT", "/api/v1/enterprises/" + id, api.json(changed), cangxianOfficer, null,
                Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("address").asString()).isEqualTo("沧县经济开发区1号");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        ApiClient.Answer stale = api.send("PUT", "/api/v1/enterprises/" + id, api.json(body("旧名字有限公司", "130921", "91130921MA00000156")),
                admin, null, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.send("GET", "/api/v1/enterprises/" + id, null, admin, null).body().get("name").asString())
                .isEqualTo("沧县恒泰化工有限公司");
        assertThat(api.send("PUT", "/api/v1/enterprises/" + id, api.json(changed), admin, null).status()).isEqualTo(428);
    }

    @Test
    void listsArePagedFilteredAndScoped() {
        create(admin, "沧县恒泰化工有限公司", "130921", "91130921MA00000156");
        create(admin, "任丘华润涂料有限公司", "130982", "91130982MA0000023C");
        ApiClient.Answer all = api.send("GET", "/api/v1/enterprises?size=1", null, admin, null);
        assertThat(all.body().get("total").asLong()).isEqualTo(2);
        assertThat(all.body().get("items")).hasSize(1);
        assertThat(all.body().get("size").asInt()).isEqualTo(1);

        JsonNode found = api.send("GET", "/api/v1/enterprises?q=%E5%8C%96%E5%B7%A5", null, admin, null).body();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("name").asString()).isEqualTo("沧县恒泰化工有限公司");
        assertThat(api.send("GET", "/api/v1/enterprises?region=130982&category=VOCS", null, admin, null).body().get("total").asLong()).isEqualTo(1);

        assertThat(api.send("GET", "/api/v1/enterprises", null, cangxianOfficer, null).body().get("total").asLong()).isEqualTo(1);
        assertThat(api.send("GET", "/api/v1/enterprises?size=500", null, admin, null).status()).isEqualTo(400);
    }

    @Test
    void anotherCountysEnterpriseIs404ForACountyOfficer() {
        String renqiu = create(admin, "任丘华润涂料有限公司", "130982", "91130982MA0000023C").body().get("id").asString();
        ApiClient.Answer answer = api.send("GET", "/api/v1/enterprises/" + renqiu, null, cangxianOfficer, null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.send("GET", "/api/v1/enterprises/no-such-id", null, cangxianOfficer, null).status()).isEqualTo(404);
        assertThat(create(cangxianOfficer, "任丘新企业有限公司", "130982", org.wanqi.enterprise.EnterpriseGenerator.uscc("130982", 31)).status()).isEqualTo(403);
    }

    @Test
    void invalidInputIs400NamingEachField() {
        Map<String, Object> bad = new java.util.HashMap<>(body("<b>x</b>", "130921", "91130921MA00000157"));
        bad.put("contacts", List.of(Map.of("name", "", "phone", "12")));
        ApiClient.Answer answer = api.send("POST", "/api/v1/enterprises", api.json(bad), admin, "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "uscc", "contacts[0].name", "contacts[0].phone");
        String usccMessage = answer.body().get("errors").valueStream()
                .filter(e -> e.get("field").asString().equals("uscc")).findFirst().orElseThrow().get("message").asString();
        assertThat(usccMessage).contains("check character").contains("\"6\"");

        ApiClient.Answer injected = api.send("POST", "/api/v1/enterprises",
                "{\"name\": {\"$gt\": \"\"}, \"uscc\": \"91130921MA00000156\", \"regionCode\": \"130921\"}", admin, null);
        assertThat(injected.status()).isEqualTo(400);
        assertThat(mongo.getCollection("enterprises").countDocuments()).isZero();
    }
}
