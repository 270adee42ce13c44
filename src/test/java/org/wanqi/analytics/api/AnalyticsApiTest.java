package org.wanqi.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.visit.TestVisits;
import org.wanqi.visit.VisitType;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/analytics/summary} and {@code /daily}: the fields, the year before and the growth, bad input, scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnalyticsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    UnitService units;
    ApiClient api;

    @BeforeEach
    void thirtyVisitsInMarchAndTwentyAYearEarlier() {
        TestDatabase.clear(context);
        units.run(null);
        List<TestVisits.Spec> specs = new ArrayList<>();
        for (int year : List.of(2026, 2025)) {
            for (int i = 0; i < (year == 2026 ? 30 : 20); i++) {
                specs.add(new TestVisits.Spec(LocalDate.of(year, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                        i % 2 == 0 ? "130921" : "130982", VisitType.ROUTINE, 2, i % 3 == 0 ? 1 : 0));
            }
        }
        TestVisits.insert(mongo, specs);
        context.getBean("visitRollups", DerivedData.class).rebuild();
        TestUsers users = new TestUsers(context);
        users.create("chief", Role.SUPERVISOR, null, "130900");
        users.create("county.chief", Role.SUPERVISOR, null, "130921");
        users.create("officer", Role.OFFICER, null, "130921");
        api = new ApiClient(port);
    }

    @Test
    void theSummaryHasTheFiguresTheYearBeforeAndTheGrowth() {
        JsonNode summary = api.send("GET", "/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31", null,
                api.token("chief", "password"), "zh-CN").body();
        assertThat(summary.get("officerVisits").asLong()).isEqualTo(60);
        assertThat(summary.get("enterpriseChecks").asLong()).isEqualTo(30);
        assertThat(summary.get("enterprisesChecked").asLong()).isEqualTo(1);
        assertThat(summary.get("risksFound").asLong()).as("no risks stored: risks are counted from the risks").isZero();
        assertThat(summary.get("risksClosed").asLong()).isZero();
        assertThat(summary.get("rectificationRate").isNull()).as("nothing found, no rate").isTrue();
        assertThat(summary.get("overdueOpen").asLong()).isZero();
        assertThat(summary.has("activityIndex")).isTrue();
        assertThat(summary.get("figures").get("problemDetectionRate").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(summary.get("previous").get("officerVisits").asLong()).isEqualTo(40);
        assertThat(summary.get("previous").get("enterpriseChecks").asLong()).isEqualTo(20);
        assertThat(summary.get("growth").get("officerVisits").get("increase").asLong()).isEqualTo(20);
        assertThat(summary.get("growth").get("officerVisits").get("percent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(summary.get("growth").get("enterprisesChecked").get("percent").decimalValue()).isEqualByComparingTo("0");
        assertThat(summary.get("growth").get("risksFound").get("percent").isNull()).as("0 a year earlier: no percent").isTrue();
        assertThat(summary.get("narrative").asString()).startsWith("共出动执法人员60人次，比去年同期增加20人次，增长50%；检查企业30家次");

        JsonNode county = api.send("GET", "/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31&unit=130921", null,
                api.token("county.chief", "password"), null).body();
        assertThat(county.get("enterpriseChecks").asLong()).isEqualTo(15);
    }

    @Test
    void badInputAndOtherAreasAreRefused() {
        String chief = api.token("chief", "password");
        ApiClient.Answer reversed = api.send("GET", "/api/v1/analytics/summary?from=2026-03-31&to=2026-03-01", null, chief, "zh-CN");
        assertThat(reversed.status()).as("a domain rule, as everywhere in the API").isEqualTo(422);
        assertThat(reversed.body().toString()).contains("请选择有效的日期范围");
        assertThat(api.send("GET", "/api/v1/analytics/summary?from=2026-13-01&to=2026-03-01", null, chief, "zh-CN").status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/v1/analytics/summary?from=%7B%22%24gt%22%3A%22%22%7D&to=2026-03-01", null, chief, null).status())
                .isEqualTo(400);
        String countyChief = api.token("county.chief", "password");
        assertThat(api.send("GET", "/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31&unit=130982", null, countyChief, null).status())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31", null, countyChief, null).status())
                .as("the whole city").isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/analytics/summary?from=2026-03-01&to=2026-03-31&unit=130921", null,
                api.token("officer", "password"), null).status()).isEqualTo(403);
        assertThat(api.send("GET", "/api/v1/analytics/daily?date=2026-03-02", null, chief, null).status()).as("none taken").isEqualTo(404);
    }
}
