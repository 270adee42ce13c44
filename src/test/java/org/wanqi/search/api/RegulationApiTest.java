package org.wanqi.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.ApiClient;
import org.wanqi.TestDatabase;
import org.wanqi.organization.UnitService;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import tools.jackson.databind.JsonNode;

/** The knowledge base over REST: search with citations, reading an article, and bad parameters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegulationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitService units;
    @Autowired
    RegulationImporter importer;

    ApiClient api;
    String enterpriseUser;

    @BeforeEach
    void theSampleIsImported() throws Exception {
        TestDatabase.clear(context);
        units.run(null);
        TestUsers users = new TestUsers(context);
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            importer.importFile("sample.jsonl", in, line -> { });
        }
        users.signOut();
        users.create("ent", Role.ENTERPRISE, "ent-1");
        api = new ApiClient(port);
        enterpriseUser = api.token("ent");
    }

    ApiClient.Answer search(String query) {
        return api.send("GET", "/api/v1/regulations/search?" + query, null, enterpriseUser, "zh-CN");
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anyoneSignedInSearchesAndACitationComesFirst() {
        ApiClient.Answer answer = search(q("大气法108条") + "&limit=3");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode first = answer.body().get("hits").get(0);
        assertThat(first.get("law").asString()).isEqualTo("中华人民共和国大气污染防治法");
        assertThat(first.get("articleNo").asString()).isEqualTo("第一百零八条");
        assertThat(first.get("title").asString()).isEqualTo("中华人民共和国大气污染防治法 第一百零八条");
        assertThat(first.get("status").asString()).isEqualTo("CURRENT");
        assertThat(first.get("versionDate").asString()).isEqualTo("2018-10-26");
        assertThat(first.get("snippet").asString()).isNotBlank();
        assertThat(answer.body().get("hits").size()).isLessThanOrEqualTo(3);
        assertThat(answer.body().get("total").asLong()).isPositive();

        ApiClient.Answer article = api.send("GET", "/api/v1/regulations/" + first.get("id").asString(), null, enterpriseUser, null);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.body().get("article").get("text").asString()).contains("挥发性有机物");
        assertThat(article.body().get("regulation").get("title").asString()).isEqualTo("中华人民共和国大气污染防治法");
        String regulationId = article.body().get("regulation").get("id").asString();
        assertThat(api.send("GET", "/api/v1/regulations/" + regulationId, null, enterpriseUser, null).body()
                .get("versions").size()).isEqualTo(2);
    }

    @Test
    void allVersionsAreSearchedOnlyWhenAskedFor() {
        assertThat(search(q("工业涂装 低挥发性有机物含量涂料")).body().get("hits").findValuesAsString("versionDate"))
                .doesNotContain("2015-08-29");
        assertThat(search(q("工业涂装 低挥发性有机物含量涂料") + "&status=all").body().get("hits").get(0)
                .get("versionDate").asString()).isEqualTo("2015-08-29");
    }

    @Test
    void badParametersAreRefusedWithAClearMessage() {
        for (String bad : new String[]{"q=", q("危废") + "&status=old", q("危废") + "&limit=0", q("危废") + "&limit=1000",
                q("危废") + "&level=NOPE", q("危废") + "&offset=-1"}) {
            ApiClient.Answer answer = search(bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(api.send("GET", "/api/v1/regulations/search?" + q("危废"), null, null, null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/regulations/nope", null, enterpriseUser, null).status()).isEqualTo(404);
    }

    @Test
    void operatorsAndMarkupInAQueryAreJustText() {
        ApiClient.Answer answer = search(q("{\"$gt\": \"\"} <script>alert(1)</script> 危险废物"));
        assertThat(answer.status()).isEqualTo(200);
        answer.body().get("hits").forEach(hit -> assertThat(hit.get("snippet").asString()).doesNotContain("<script>"));
    }
}
