package org.wanqi.visit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.wanqi.ApiClient;
import org.wanqi.TestDatabase;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/** The mobile app's API: idempotent visit submission, risks and their moves, scope, injection. */
class VisitApiTest extends FieldApiTest {

    @Test
    void aRetryReturnsTheSameVisitAndAReusedKeyWithOtherContentIsRefused() {
        String key = UUID.randomUUID().toString();
        ApiClient.Answer first = submit(key, visit("检查危废贮存间"));
        assertThat(first.status()).isEqualTo(201);
        String id = first.body().get("id").asString();
        assertThat(first.header("Location")).isEqualTo("/api/v1/visits/" + id);
        assertThat(first.body().get("risks")).singleElement().satisfies(risk -> {
            assertThat(risk.get("status").asString()).isEqualTo("OPEN");
            assertThat(risk.get("overdue").asBoolean()).isFalse();
        });
        assertThat(first.body().get("startedAt").asString()).isEqualTo("2026-03-02T09:30:00+08:00");

        ApiClient.Answer retry = submit(key, visit("检查危废贮存间"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("id").asString()).isEqualTo(id);
        assertThat(retry.body().get("risks").get(0).get("id").asString()).isEqualTo(first.body().get("risks").get(0).get("id").asString());

        ApiClient.Answer other = submit(key, visit("另一份记录"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(mongo.getCollection("visits").countDocuments()).isEqualTo(1);
        assertThat(mongo.getCollection("risks").countDocuments()).isEqualTo(1);
    }

    @Test
    void aRetryLongAfterTheRisksDeadlinePassedStillAnswersTheStoredVisit() {
        String key = UUID.randomUUID().toString();
        ApiClient.Answer first = submit(key, visit("检查危废贮存间"));
        assertThat(first.status()).isEqualTo(201);

        clock.advance(Duration.ofDays(40));
        assertThat(submit(UUID.randomUUID().toString(), visit("检查危废贮存间")).status())
                .as("the same content as a new visit: its deadline is past now").isEqualTo(422);
        ApiClient.Answer retry = submit(key, visit("检查危废贮存间"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(mongo.getCollection("visits").countDocuments()).isEqualTo(1);
    }

    @Test
    void fiveConcurrentRetriesMakeOneVisit() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<ApiClient.Answer>> tries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tries.add(() -> submit(key, visit("并发重试")));
        }
        List<String> ids = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ApiClient.Answer> answer : pool.invokeAll(tries)) {
            statuses.add(answer.get().status());
            ids.add(answer.get().body().get("id").asString());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(mongo.getCollection("visits").countDocuments()).isEqualTo(1);
        assertThat(mongo.getCollection("risks").countDocuments()).isEqualTo(1);
    }

    @Test
    void operatorsInFieldsAreRefusedOrKeptAsText() {
        Map<String, Object> injected = new HashMap<>(visit("x"));
        injected.put("summary", Map.of("$gt", ""));
        assertThat(submit(UUID.randomUUID().toString(), injected).status()).isEqualTo(400);

        Map<String, Object> literal = new HashMap<>(visit("{\"$where\": \"sleep(1000)\"}"));
        literal.put("enterpriseId", enterprise.id());
        ApiClient.Answer stored = submit(UUID.randomUUID().toString(), literal);
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body().get("summary").asString()).isEqualTo("{\"$where\": \"sleep(1000)\"}");
        assertThat(api.send("GET", "/api/v1/visits?enterpriseId=%7B%22%24ne%22%3Anull%7D", null, officer, null)
                .body().get("total").asLong()).isZero();
        assertThat(submit("short", visit("x")).status()).as("a malformed key").isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/visits", api.json(visit("x")), officer, null).status()).as("no key").isEqualTo(400);
    }

    @Test
    void anInvalidVisitIsRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> risk = new HashMap<>(Map.of("category", "AIR", "severity", "GENERAL", "description", " ",
                "deadline", LocalDate.now().plusDays(7).toString()));
        Map<String, Object> invalid = new HashMap<>(visit("检查"));
        invalid.put("risks", List.of(risk));
        invalid.put("summary", "<script>alert(1)</script>");

        ApiClient.Answer refused = submit(UUID.randomUUID().toString(), invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("risks[0].description", "summary");
        assertThat(refused.body().get("errors").findValuesAsString("message")).allMatch(message -> message.codePoints().anyMatch(Character::isIdeographic));
        assertThat(mongo.getCollection("visits").countDocuments()).isZero();
        assertThat(mongo.getCollection("risks").countDocuments()).isZero();
    }

    @Test
    void theRiskGoesToClosureThroughTheApiWithScopeAndRolesEnforced() {
        JsonNode risk = submit(UUID.randomUUID().toString(), visit("检查")).body().get("risks").get(0);
        String path = "/api/v1/risks/" + risk.get("id").asString();

        assertThat(api.send("GET", path, null, officer2, null).status()).isEqualTo(404);
        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"RECTIFYING\",\"version\":0}", officer2, null).status()).isEqualTo(404);
        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"CLOSED\",\"version\":0}", officer, null).status()).isEqualTo(409);

        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"RECTIFYING\",\"version\":0}", enterpriseUser, null).status()).isEqualTo(200);
        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"PENDING_VERIFICATION\",\"version\":0}", enterpriseUser, null).status())
                .as("stale version").isEqualTo(409);
        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"PENDING_VERIFICATION\",\"version\":1,\"reason\":\"已整改\"}",
                enterpriseUser, null).status()).isEqualTo(200);
        assertThat(api.send("POST", path + "/transitions", "{\"to\":\"CLOSED\",\"version\":2}", enterpriseUser, null).status())
                .as("an enterprise cannot close its own risk").isEqualTo(403);
        ApiClient.Answer closed = api.send("POST", path + "/transitions", "{\"to\":\"CLOSED\",\"version\":2,\"reason\":\"现场核查合格\"}", officer, null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.body().get("history")).hasSize(3);

        assertThat(api.send("GET", "/api/v1/risks?status=CLOSED", null, officer, null).body().get("total").asLong()).isEqualTo(1);
        assertThat(api.send("GET", "/api/v1/risks?status=OPEN", null, officer, null).body().get("total").asLong()).isZero();
        assertThat(api.send("GET", "/api/v1/visits", null, enterpriseUser, null).body().get("total").asLong()).isEqualTo(1);
        assertThat(api.send("GET", "/api/v1/visits", null, officer2, null).body().get("total").asLong()).isZero();
    }
}
