package org.wanqi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wanqi.ApiClient;
import org.wanqi.TestDatabase;
import org.wanqi.audit.AuditEvent;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.files.TestImages;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * The isolation sweep over the REST API: two enterprises in the same county, each with a visit, a
 * risk, files, a rating and a help request. Every endpoint the application maps that takes an id —
 * enumerated from Spring MVC itself, so a new endpoint cannot escape — is called by enterprise B's
 * user with enterprise A's ids, and answers exactly as for an id that does not exist: 404, or 403
 * where enterprise users may not use the endpoint at all. Lists never show A's rows to B, and every
 * attempt on A's records is on the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnterpriseIsolationTest {

    /** Reference data every signed-in user reads (statutes, published knowledge, 一公开 results): no enterprise owns it. */
    private static final Set<String> PUBLIC_RESOURCES = Set.of("regulations", "knowledge-articles", "public");
    /** Endpoints enterprise users may not use at all: refused by role (403), whichever id is sent. */
    private static final Set<String> STAFF_ONLY = Set.of(
            "POST /api/v1/visits/{id}/attachments", "POST /api/v1/visits/{id}/supplements",
            "PUT /api/v1/enterprises/{id}",
            "POST /api/v1/assistance-requests/{id}/accept", "POST /api/v1/assistance-requests/{id}/decline");

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
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    String entB;
    EnterpriseDetails a;
    /** Enterprise A's record of each kind, by the resource name in its path. */
    Map<String, String> aIds;

    @BeforeEach
    void twoEnterprisesWithHistories() {
        TestDatabase.clear(context);
        units.run(null);
        api = new ApiClient(port);
        TestUsers users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        a = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        EnterpriseDetails b = enterprises.create(TestEnterprises.draft("沧县华源制药有限公司", "130921", 2, PollutionCategory.WATER));
        users.signOut();
        users.create("officer", Role.OFFICER, null, "130921");
        users.create("ent.a", Role.ENTERPRISE, a.id());
        users.create("ent.b", Role.ENTERPRISE, b.id());
        String officer = api.token("officer");
        String entA = api.token("ent.a");
        entB = api.token("ent.b");

        JsonNode visitA = logVisit(officer, a.id());
        logVisit(officer, b.id());
        String visitId = visitA.get("id").asString();
        String riskId = visitA.get("risks").get(0).get("id").asString();
        String fileId = api.upload("/api/v1/visits/" + visitId + "/attachments", "site.png", TestImages.image("png", 16, 16, 1), officer)
                .body().get("id").asString();
        assertThat(api.upload("/api/v1/risks/" + riskId + "/attachments", "fix.png", TestImages.image("png", 16, 16, 2), entA)
                .status()).isEqualTo(201);
        assertThat(api.send("POST", "/api/v1/visits/" + visitId + "/rating", "{\"score\":4,\"comment\":\"讲解清楚\"}", entA, null)
                .status()).isEqualTo(200);
        ApiClient.Answer request = api.send("POST", "/api/v1/assistance-requests",
                "{\"topic\":\"HAZARDOUS_WASTE\",\"description\":\"请指导危废贮存间建设\"}", entA, null);
        assertThat(request.status()).isEqualTo(201);
        aIds = Map.of("visits", visitId, "risks", riskId, "files", fileId, "enterprises", a.id(),
                "assistance-requests", request.body().get("id").asString());
    }

    private JsonNode logVisit(String officer, String enterpriseId) {
        Map<String, Object> risk = Map.of("category", "HAZARDOUS_WASTE", "severity", "GENERAL",
                "description", "危废标识不全", "deadline", LocalDate.now().plusDays(20).toString());
        ApiClient.Answer visit = api.send("POST", "/api/v1/visits", api.json(Map.of("enterpriseId", enterpriseId, "type", "ROUTINE",
                "startedAt", "2026-03-02T09:30:00+08:00", "endedAt", "2026-03-02T10:40:00+08:00", "summary", "例行检查",
                "advice", List.of(Map.of("text", "完善台账", "citations", List.of())), "risks", List.of(risk))),
                officer, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(visit.status()).isEqualTo(201);
        return visit.body();
    }

    /** A valid request for each endpoint that takes a body, so that only the id decides the answer. */
    private String body(String endpoint) {
        return switch (endpoint) {
            case "POST /api/v1/risks/{id}/transitions" -> "{\"to\":\"RECTIFYING\",\"reason\":\"收到\",\"version\":0}";
            case "POST /api/v1/risks/{id}/evidence" -> "{\"text\":\"已整改\",\"attachmentIds\":[],\"version\":0}";
            case "POST /api/v1/visits/{id}/rating" -> "{\"score\":1}";
            case "POST /api/v1/visits/{id}/supplements" -> "{\"text\":\"补充\",\"version\":0}";
            case "POST /api/v1/assistance-requests/{id}/accept", "POST /api/v1/assistance-requests/{id}/decline" ->
                    "{\"text\":\"好\",\"version\":0}";
            case "PUT /api/v1/enterprises/{id}" -> api.json(TestEnterprises.draft("改名", "130921", 3, PollutionCategory.AIR));
            default -> {
                fail("The isolation sweep has no valid request body for " + endpoint + ": add one");
                yield null;
            }
        };
    }

    private ApiClient.Answer call(String method, String pattern, String id) {
        String endpoint = method + " " + pattern;
        String path = pattern.replace("{id}", id);
        if (pattern.endsWith("/attachments")) {
            return api.upload(path, "other.png", TestImages.image("png", 8, 8, 5), entB);
        }
        String body = method.equals("GET") ? null : body(endpoint);
        return api.send(method, path, body, entB, null, Map.of("If-Match", "\"0\""));
    }

    @Test
    void everyEndpointWithAnIdAnswersTheOtherEnterprisesIdsAsIfTheyDidNotExist() {
        Map<String, Integer> answers = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/") || !pattern.contains("{")) {
                    continue;
                }
                String resource = pattern.split("/")[3];
                if (PUBLIC_RESOURCES.contains(resource)) {
                    continue;
                }
                String othersId = aIds.get(resource);
                if (othersId == null || !pattern.contains("{id}")) {
                    fail("The isolation sweep does not know which record " + pattern + " takes: add it");
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + pattern;
                    int expected = STAFF_ONLY.contains(endpoint) ? 403 : 404;
                    ApiClient.Answer others = call(method.name(), pattern, othersId);
                    ApiClient.Answer missing = call(method.name(), pattern, new ObjectId().toHexString());
                    assertThat(others.status()).as(endpoint + " with the other enterprise's id").isEqualTo(expected);
                    assertThat(missing.status()).as(endpoint + " with an id that does not exist").isEqualTo(expected);
                    answers.put(endpoint, others.status());
                }
            }
        }
        assertThat(answers).as("the sweep reached the endpoints of every kind of record").containsKeys(
                "GET /api/v1/visits/{id}", "GET /api/v1/risks/{id}", "POST /api/v1/risks/{id}/transitions",
                "POST /api/v1/risks/{id}/evidence", "POST /api/v1/risks/{id}/attachments", "GET /api/v1/files/{id}",
                "GET /api/v1/files/{id}/thumbnail", "GET /api/v1/enterprises/{id}", "GET /api/v1/visits/{id}/rating",
                "POST /api/v1/visits/{id}/rating", "GET /api/v1/assistance-requests/{id}");
        assertThat(mongo.findAll(AuditEvent.class)).filteredOn(e -> "access.denied".equals(e.action()) && "ent.b".equals(e.actor()))
                .extracting(AuditEvent::entityType).contains("visit", "risk", "file", "enterprise", "assistance-request");
        assertThat(api.send("GET", "/api/v1/risks/" + aIds.get("risks"), null, api.token("ent.a"), null).body()
                .get("status").asString()).as("nothing B sent changed A's risk").isEqualTo("OPEN");
    }

    @Test
    void listsNeverShowTheOtherEnterprisesRows() {
        for (String list : List.of("/api/v1/visits", "/api/v1/risks", "/api/v1/assistance-requests",
                "/api/v1/visits?enterpriseId=" + a.id(), "/api/v1/risks?enterpriseId=" + a.id())) {
            ApiClient.Answer answer = api.send("GET", list, null, entB, null);
            assertThat(answer.status()).as(list).isEqualTo(200);
            List<String> enterpriseIds = new ArrayList<>();
            answer.body().get("items").forEach(item -> enterpriseIds.add(item.get("enterpriseId").asString()));
            assertThat(enterpriseIds).as(list).doesNotContain(a.id());
            assertThat(answer.body().toString()).as(list).doesNotContain(a.name());
        }
        assertThat(api.send("GET", "/api/v1/visits", null, entB, null).body().get("total").asLong()).isEqualTo(1);
        String entA = api.token("ent.a");
        assertThat(api.send("GET", "/api/v1/enterprises/" + a.id(), null, entA, null).body().get("name").asString())
                .as("its own record").isEqualTo(a.name());
        assertThat(api.send("GET", "/api/v1/visits/" + aIds.get("visits") + "/rating", null, entA, null).body()
                .get("score").asInt()).isEqualTo(4);
        assertThat(api.send("GET", "/api/v1/enterprises", null, entB, null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/regulations/suggestions?q=%E6%81%92%E6%B3%B0", null, entB, null).body().toString())
                .doesNotContain("恒泰");
    }

    @Test
    void anEnterpriseUserCannotUseStaffEndpointsOrActForAnotherEnterprise() {
        assertThat(api.send("POST", "/api/v1/visits", "{}", entB, null, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .status()).isIn(400, 403);
        assertThat(api.send("GET", "/actuator/metrics", null, entB, null).status()).isEqualTo(403);
        ApiClient.Answer smuggled = api.send("POST", "/api/v1/assistance-requests",
                "{\"topic\":\"OTHER\",\"description\":\"代他人申请\",\"enterpriseId\":\"" + a.id() + "\"}", entB, null);
        assertThat(smuggled.status()).as("an enterprise id in the body is not a field of the request").isIn(201, 400);
        if (smuggled.status() == 201) {
            assertThat(smuggled.body().get("enterpriseId").asString()).isNotEqualTo(a.id());
        }
    }
}
