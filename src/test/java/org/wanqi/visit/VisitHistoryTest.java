package org.wanqi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.base.BusinessZone;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.SystemTasks;

/** The demo's 18 months of visits and risks: written on first start, plausible, and the same for the same day. */
@SpringBootTest(properties = "wanqi.seed.demo=true")
@ActiveProfiles("test")
class VisitHistoryTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    VisitSeed seed;
    @Autowired
    RiskService risks;
    @Autowired
    SystemTasks system;
    @Autowired
    BusinessZone zone;
    @Autowired
    Clock clock;

    @Test
    void eighteenMonthsOfVisitsWithRisksMostlyClosedSomeOverdue() {
        seed.run(null);
        Query history = Query.query(Criteria.where("idempotencyKey").regex("^history-"));
        assertThat(mongo.count(history, Visit.class)).as("written once, however often the seed runs")
                .isEqualTo(VisitSeed.DEMO_VISITS);
        LocalDate today = zone.dateOf(clock.instant());
        List<Visit> visits = mongo.find(history, Visit.class);
        assertThat(visits).allSatisfy(visit -> {
            assertThat(zone.dateOf(visit.startedAt)).isBetween(today.minusMonths(VisitSeed.MONTHS).minusDays(3), today);
            assertThat(visit.endedAt).isAfter(visit.startedAt);
            assertThat(visit.officerIds).isNotEmpty();
            assertThat(visit.advice).isNotEmpty();
        });
        assertThat(visits.stream().filter(visit -> visit.checklist != null).count()).isGreaterThan(VisitSeed.DEMO_VISITS / 3);
        assertThat(visits.stream().map(visit -> visit.regionCode).distinct().count()).isEqualTo(16);

        long[] counts = new long[6];
        system.asSystem(() -> {
            RiskService.RiskCounts all = risks.counts();
            counts[0] = all.byStatus().values().stream().mapToLong(Long::longValue).sum();
            counts[1] = all.byStatus().get(RiskStatus.CLOSED);
            counts[2] = all.overdue();
            counts[3] = all.byStatus().get(RiskStatus.OPEN) + all.byStatus().get(RiskStatus.RECTIFYING);
        });
        assertThat(counts[0]).as("risks").isGreaterThan(300);
        assertThat(counts[1]).as("most closed").isGreaterThan(counts[0] * 6 / 10);
        assertThat(counts[2]).as("some overdue").isPositive();
        assertThat(counts[3]).as("some still open").isPositive();
        assertThat(mongo.getCollection("enterprise_timeline_entries").distinct("enterpriseId", new Document("kind", "visit"),
                String.class).into(new java.util.ArrayList<>())).as("the 360° timelines show the history").hasSizeGreaterThan(250);
    }

    @Test
    void theSameSeedAndDayGiveTheSameHistory() {
        VisitHistoryGenerator.Place place = new VisitHistoryGenerator.Place("ent-1", "沧县恒泰化工有限公司", "130921", true);
        VisitHistoryGenerator.Person officer = new VisitHistoryGenerator.Person("u1", "officer", "李明", "130921",
                org.wanqi.security.Role.OFFICER);
        List<String> first = new VisitHistoryGenerator("t", 7, LocalDate.of(2026, 11, 29), ZoneId.of("Asia/Shanghai"), 18,
                List.of(place), Map.of("130921", List.of(officer)), List.of(officer), Map.of(), List.of())
                .visits(50).map(generated -> generated.visit().startedAt + generated.visit().summary).toList();
        List<String> second = new VisitHistoryGenerator("t", 7, LocalDate.of(2026, 11, 29), ZoneId.of("Asia/Shanghai"), 18,
                List.of(place), Map.of("130921", List.of(officer)), List.of(officer), Map.of(), List.of())
                .visits(50).map(generated -> generated.visit().startedAt + generated.visit().summary).toList();
        assertThat(first).hasSize(50).isEqualTo(second);
    }
}
