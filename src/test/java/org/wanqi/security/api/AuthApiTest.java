package org.wanqi.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.UserService;
import org.wanqi.security.WanqiUser;

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

    ApiClient api;
    TestUsers users;
    WanqiUser officer;
    WanqiUser admin;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        TestDatabase.clear(context);
        users = new TestUsers(context);
        officer = users.create("officer.api", Role.OFFICER, null);
        admin = users.create("admin.api", Role.ADMIN, null);
        users.create("ent.api", Role.ENTERPRISE, "ent-42");
    }

    @Test
    void aTokenIdentifiesItsBearer() {
        ApiClient.Answer issued = api.send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"password\"}", null, null);
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body().get("expiresAt").asString()).isNotBlank();

        ApiClient.Answer me = api.send("GET", "/api/v1/me", null, issued.body().get("token").asString(), null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo("officer.api");
        assertThat(me.body().get("roles").get(0).asString()).isEqualTo("OFFICER");
        assertThat(me.body().get("unitId").asString()).isEqualTo("130921");
        assertThat(me.body().get("locale").asString()).isEqualTo("zh-CN");
        assertThat(me.body().get("id").asString()).isNotBlank();
    }

    @Test
    void anEnterpriseTokenCarriesItsEnterprise() {
        ApiClient.Answer me = api.send("GET", "/api/v1/me", null, api.token("ent.api"), null);
        assertThat(me.body().get("enterpriseId").asString()).isEqualTo("ent-42");
    }

    @Test
    void wrongCredentialsAre401ProblemsInTheCallersLanguage() {
        ApiClient.Answer chinese = api.send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"nope\"}", null, null);
        assertThat(chinese.status()).isEqualTo(401);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.body().get("detail").asString()).isEqualTo("用户名或密码错误。");

        ApiClient.Answer english = api.send("POST", "/api/v1/auth/token", "{\"username\":\"nobody\",\"password\":\"nope\"}", null, "en-US,en;q=0.8");
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.body().get("detail").asString()).isEqualTo("Incorrect username or password.");
    }

    @Test
    void theSixthAttemptIsRefusedAsLocked() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"nope\"}", null, null).status())
                    .isEqualTo(401);
        }
        ApiClient.Answer locked = api.send("POST", "/api/v1/auth/token", "{\"username\":\"officer.api\",\"password\":\"password\"}", null, null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body().get("title").asString()).isEqualTo("登录已暂时锁定");
        assertThat(locked.body().get("lockedUntil").asString()).isNotBlank();
    }

    @Test
    void malformedJsonIs400NotAServerError() {
        for (String body : new String[] {"{\"username\":\"officer.api\",", "not json at all", "[1,2,3]", "{\"username\":{\"$ne\":null},\"password\":\"x\"}"}) {
            ApiClient.Answer answer = api.send("POST", "/api/v1/auth/token", body, null, null);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body().get("title").asString()).isEqualTo("请求格式错误");
        }
    }

    @Test
    void missingFieldsAre400WithOneErrorPerField() {
        ApiClient.Answer answer = api.send("POST", "/api/v1/auth/token", "{\"username\":\"\"}", null, "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors")).hasSize(2);
        assertThat(answer.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        ApiClient.Answer answer = api.send("GET", "/api/v1/me", null, null, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.send("GET", "/api/v1/me", null, "not-a-token", null).status()).isEqualTo(401);
    }

    @Test
    void aUserDisabledHereIsRefusedAtTheNextRequest() {
        String token = api.token("officer.api");
        assertThat(api.send("GET", "/api/v1/me", null, token, null).status()).isEqualTo(200);
        users.signIn(admin);
        context.getBean(UserService.class).setEnabled(officer.id(), false);
        users.signOut();
        assertThat(api.send("GET", "/api/v1/me", null, token, null).status()).isEqualTo(401);
    }

    @Test
    void aUserDisabledByAnotherNodeIsRefusedWithinSeconds() throws InterruptedException {
        String token = api.token("officer.api");
        assertThat(api.send("GET", "/api/v1/me", null, token, null).status()).isEqualTo(200);
        mongo.getCollection("users").updateOne(new org.bson.Document("username", "officer.api"),
                new org.bson.Document("$set", new org.bson.Document("enabled", false)));
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int status;
        do {
            Thread.sleep(250);
            status = api.send("GET", "/api/v1/me", null, token, null).status();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(401);
    }

    @Test
    void healthIsUpOnTheEmbeddedServerAndOnlyAdministratorsSeeMetrics() {
        ApiClient.Answer health = api.send("GET", "/actuator/health", null, api.token("admin.api"), null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(health.body().get("components").get("mongo").get("status").asString()).isEqualTo("UP");

        assertThat(api.send("GET", "/actuator/metrics", null, api.token("officer.api"), null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/actuator/metrics", null, api.token("ent.api"), null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/actuator/metrics", null, api.token("admin.api"), null).status()).isEqualTo(200);
        ApiClient.Answer env = api.send("GET", "/actuator/env", null, api.token("admin.api"), null);
        assertThat(env.body()).as("the env endpoint is not exposed").isNull();
    }

    @Test
    void theOpenApiDocumentDescribesTheTokenEndpoint() {
        ApiClient.Answer docs = api.send("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/me")).isTrue();
    }
}
