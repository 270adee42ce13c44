package org.wanqi.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.TestDatabase;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST base over real HTTP: tokens, /me, and problem+json for every failure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void users() {
        TestDatabase.clear(mongo);
        TestUsers users = new TestUsers(context);
        users.create("officer.api", Role.OFFICER, null);
        users.create("admin.api", Role.ADMIN, null);
        users.create("ent.api", Role.ENTERPRISE, "ent-42");
    }

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer send(String method, String path, String body, String token, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode parsed = contentType.contains("json") ? json.readTree(response.body()) : null;
        return new Answer(response.statusCode(), contentType, parsed);
    }

    String token(String username) throws IOException, InterruptedException {
        Answer answer = send("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"password\"}", null, null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("token").asString();
    }

    @Test
    void aTokenIdentifiesItsBearer() throws Exception {
        Answer issued = send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"password\"}", null, null);
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body().get("expiresAt").asString()).isNotBlank();

        Answer me = send("GET", "/api/v1/me", null, issued.body().get("token").asString(), null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("officer.api");
        assertThat(me.body().get("roles").get(0).asString()).isEqualTo("OFFICER");
        assertThat(me.body().get("unitId").asString()).isEqualTo("130921");
        assertThat(me.body().get("locale").asString()).isEqualTo("zh-CN");
        assertThat(me.body().get("id").asString()).isNotBlank();
    }

    @Test
    void anEnterpriseTokenCarriesItsEnterprise() throws Exception {
        Answer me = send("GET", "/api/v1/me", null, token("ent.api"), null);
        assertThat(me.body().get("enterpriseId").asString()).isEqualTo("ent-42");
    }

    @Test
    void wrongCredentialsAre401ProblemsInTheCallersLanguage() throws Exception {
        Answer chinese = send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"nope\"}", null, null);
        assertThat(chinese.status()).isEqualTo(401);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.body().get("detail").asString()).isEqualTo("用户名或密码错误。");

        Answer english = send("POST", "/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}", null, "en-US,en;q=0.8");
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.body().get("detail").asString()).isEqualTo("Incorrect username or password.");
    }

    @Test
    void theSixthAttemptIsRefusedAsLocked() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"nope\"}", null, null).status())
                    .isEqualTo(401);
        }
        Answer locked = send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"password\"}", null, null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("title").asString()).isEqualTo("登录已暂时锁定");
        assertThat(locked.body().get("lockedUntil").asString()).isNotBlank();
    }

    @Test
    void malformedJsonIs400NotAServerError() throws Exception {
        for (String body : new String[] {"{\"username\":\"officer.api\",", "not json at all", "[1,2,3]", "{\"username\":{\"$ne\":null},\"password\":\"x\"}"}) {
            Answer answer = send("POST", "/api/v1/auth/token", body, null, null);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().get("title").asString()).isEqualTo("请求格式错误");
        }
    }

    @Test
    void missingFieldsAre400WithOneErrorPerField() throws Exception {
        Answer answer = send("POST", "/api/v1/auth/token", "{\"username\":\"\"}", null, "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors")).hasSize(2);
        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        Answer answer = send("GET", "/api/v1/me", null, null, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(send("GET", "/api/v1/me", null, "not-a-token", null).status()).isEqualTo(401);
    }

    @Test
    void aDisabledUsersTokenStopsWorking() throws Exception {
        String token = token("officer.api");
        mongo.getCollection("users").updateOne(new org.bson.Document("username", "officer.api"),
                new org.bson.Document("$set", new org.bson.Document("enabled", false)));
        assertThat(send("GET", "/api/v1/me", null, token, null).status()).isEqualTo(401);
    }

    @Test
    void healthIsUpOnTheEmbeddedServerAndOnlyAdministratorsSeeMetrics() throws Exception {
        Answer health = send("GET", "/actuator/health", null, token("admin.api"), null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(health.body().get("components").get("mongo").get("status").asString()).isEqualTo("UP");

        assertThat(send("GET", "/actuator/metrics", null, token("officer.api"), null).status()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", null, token("ent.api"), null).status()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", null, token("admin.api"), null).status()).isEqualTo(200);
        Answer env = send("GET", "/actuator/env", null, token("admin.api"), null);
        assertThat(env.body()).as("the env endpoint is not exposed").isNull();
    }

    @Test
    void theOpenApiDocumentDescribesTheTokenEndpoint() throws Exception {
        Answer docs = send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/me")).isTrue();
    }
}
