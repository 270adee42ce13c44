package org.wanqi.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskDraft;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * The rollups kept as visits and risks are written, moved and given more time (counted on the
 * rollups' own thread, in batches) equal a recount from the raw data; and the figures read from them — enterprises checked, coverage, rectification,
 * on-time, median days, overdue, repeats — are what a small story makes them, in the summary, the
 * report's paragraphs, the Excel workbook and the Word document.
 */
@WanqiSpringTest
class RollupsTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    VisitRollups visitRollups;
    @Autowired
    RiskRollups riskRollups;
    @Autowired
    AnalyticsService analytics;
    @Autowired
    AnalyticsReport report;
    @Autowired
    VisitService visits;
    @Autowired
    RiskService risks;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    WanqiUser officer;
    WanqiUser supervisor;
    List<EnterpriseDetails> cangxian = new ArrayList<>();

    @BeforeEach
    void threeEnterprisesInCangxian() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        cangxian.clear();
        for (int i = 1; i <= 3; i++) {
            cangxian.add(enterprises.create(TestEnterprises.draft("沧县企业" + i, "130921", i, PollutionCategory.AIR)));
        }
        officer = users.certified("officer", "130921", "13092100001");
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private void visit(EnterpriseDetails enterprise, List<VisitDraft.FoundRisk> found) {
        users.signIn(officer);
        OffsetDateTime started = clock.instant().atOffset(ZoneOffset.ofHours(8)).minusHours(2);
        visits.submit(new VisitDraft(enterprise.id(), VisitType.ROUTINE, started, started.plusHours(1), List.of(), "检查", null,
                List.of(), found, null, List.of()), UUID.randomUUID().toString(), "web");
    }

    private static VisitDraft.FoundRisk found(RiskCategory category, LocalDate deadline) {
        return new VisitDraft.FoundRisk(category, Severity.GENERAL, "隐患", deadline, null, List.of(), null, List.of());
    }

    private LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.ofHours(8)).toLocalDate();
    }

    /** Moves the risk on one legal step, as staff may: taken up, evidence submitted, closed — or sent back. */
    private void moveOn(String riskId, boolean sendBack) {
        users.signIn(officer);
        RiskDetails risk = risks.get(riskId);
        RiskStatus to = switch (risk.status()) {
            case OPEN -> RiskStatus.RECTIFYING;
            case RECTIFYING -> RiskStatus.PENDING_VERIFICATION;
            case PENDING_VERIFICATION -> sendBack ? RiskStatus.RECTIFYING : RiskStatus.CLOSED;
            case CLOSED -> null;
        };
        if (to != null) {
            risks.transition(riskId, to, "整改说明", List.of(), risk.version());
        }
    }

    @Test
    void rollupsKeptAsRisksMoveEqualARecountFromTheRawData() {
        Random random = new Random(11);
        for (int step = 0; step < 80; step++) {
            List<Document> stored = mongo.findAll(Document.class, "risks");
            int op = random.nextInt(10);
            if (op < 4 || stored.isEmpty()) {
                List<VisitDraft.FoundRisk> found = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    found.add(found(random.nextBoolean() ? RiskCategory.AIR : RiskCategory.WATER, today().plusDays(1 + random.nextInt(10))));
                }
                visit(cangxian.get(random.nextInt(3)), found);
            } else if (op < 8) {
                moveOn(stored.get(random.nextInt(stored.size())).get("_id").toString(), random.nextInt(4) == 0);
            } else if (op < 9) {
                Document risk = stored.get(random.nextInt(stored.size()));
                if (!"CLOSED".equals(risk.getString("status"))) {
                    users.signIn(supervisor);
                    RiskDetails details = risks.get(risk.get("_id").toString());
                    risks.extendDeadline(details.id(), details.deadline().plusDays(1 + random.nextInt(5)), "企业申请延期", details.version());
                }
            } else {
                users.signIn(officer);
                risks.create(new RiskDraft(cangxian.get(random.nextInt(3)).id(), null, RiskCategory.NOISE, Severity.GENERAL, "噪声",
                        List.of(), today().plusDays(2), null, List.of()));
            }
            clock.advance(Duration.ofHours(random.nextInt(60)));
        }
        assertThat(mongo.findAll(Document.class, "risks")).hasSizeGreaterThan(20)
                .anyMatch(risk -> "CLOSED".equals(risk.getString("status"))).anyMatch(risk -> !"CLOSED".equals(risk.getString("status")));
        visitRollups.flush();
        riskRollups.flush();
        Map<String, Map<String, Object>> kept = RollupDocuments.all(mongo);
        assertThat(kept.keySet()).anyMatch(id -> id.startsWith(MonthDocs.Rollup.RISKS.days)).anyMatch(id -> id.startsWith(MonthDocs.Rollup.RISKS.months))
                .anyMatch(id -> id.startsWith(MonthDocs.Rollup.VISITS.days)).anyMatch(id -> id.startsWith(MonthDocs.OPEN_RISKS))
                .anyMatch(id -> id.startsWith("rollup_last_findings|"));
        assertThat(kept.values()).anyMatch(document -> document.containsKey("enterprises"));
        users.signIn(users.find("root"));
        visitRollups.rebuild();
        riskRollups.rebuild();
        assertThat(RollupDocuments.all(mongo)).isEqualTo(kept);

        assertThat(visitRollups.consistent()).as("the start-up check agrees").isTrue();
        assertThat(riskRollups.consistent()).isTrue();
        Document month = mongo.findAll(Document.class, MonthDocs.Rollup.RISKS.months).getFirst();
        String cell = month.keySet().stream().filter(key -> month.get(key) instanceof Document).findFirst().orElseThrow();
        mongo.getCollection(MonthDocs.Rollup.RISKS.months).updateOne(new Document("_id", month.get("_id")),
                new Document("$inc", new Document(cell + ".status.CLOSED", 1)));
        assertThat(riskRollups.consistent()).as("one risk too many counted closed: found still adds up").isFalse();
    }

    @Test
    void theFiguresOfASmallStory() throws Exception {
        LocalDate start = today();
        visit(cangxian.get(0), List.of(found(RiskCategory.AIR, start.plusDays(5)), found(RiskCategory.WATER, start.plusDays(5))));
        visit(cangxian.get(1), List.of(found(RiskCategory.AIR, start.plusDays(3))));
        clock.advance(Duration.ofDays(1));
        visit(cangxian.get(0), List.of(found(RiskCategory.AIR, start.plusDays(20))));
        Map<String, String> byDeadline = mongo.findAll(Document.class, "risks").stream().collect(Collectors.toMap(
                risk -> risk.get("deadline").toString() + "|" + risk.getString("category") + "|" + risk.getString("enterpriseId"),
                risk -> risk.get("_id").toString()));
        String water = byDeadline.entrySet().stream().filter(risk -> risk.getKey().contains("WATER")).findFirst().orElseThrow().getValue();
        String second = byDeadline.entrySet().stream().filter(risk -> risk.getKey().contains(cangxian.get(1).id())).findFirst().orElseThrow().getValue();
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            moveOn(water, false);
        }
        clock.advance(Duration.ofDays(8));
        for (int i = 0; i < 3; i++) {
            moveOn(second, false);
        }

        visitRollups.flush();
        riskRollups.flush();
        users.signIn(supervisor);
        Summary summary = analytics.summary(start, today(), "130921");
        Figures now = summary.current();
        assertThat(now.enterpriseChecks()).isEqualTo(3);
        assertThat(now.enterprisesChecked()).isEqualTo(2);
        assertThat(now.population()).isEqualTo(3);
        assertThat(now.coverage()).isEqualByComparingTo("66.67");
        assertThat(now.risksFound()).isEqualTo(4);
        assertThat(now.risksClosed()).isEqualTo(2);
        assertThat(now.rectificationRate()).isEqualByComparingTo("50.00");
        assertThat(now.onTimeRate()).as("water closed on day 2 of 5, the second on day 10 of 3").isEqualByComparingTo("50.00");
        assertThat(now.medianDaysToClose()).as("2 and 10 days").isEqualByComparingTo("6.0");
        assertThat(now.overdueOpen()).as("the first air risk, due on day 5, still open on day 10").isEqualTo(1);
        assertThat(now.repeatRate()).as("the second air risk at the first enterprise repeats").isEqualByComparingTo("25.00");
        assertThat(now.problemDetectionRate()).isEqualByComparingTo("100.00");
        assertThat(summary.previous().risksFound()).isZero();
        assertThat(summary.growth().risksFound().percent()).isNull();

        AnalyticsService.RiskPicture picture = analytics.risks(start, today(), "130921");
        assertThat(picture.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of(RiskCategory.AIR, 3L, RiskCategory.WATER, 1L));
        assertThat(picture.funnel()).containsExactly(4L, 2L, 2L, 2L);
        assertThat(picture.overdueAgeing()).as("5 days overdue").containsExactly(1L, 0L, 0L, 0L);
        assertThat(analytics.units(start, today(), null)).extracting(AnalyticsService.UnitFigures::unitId, AnalyticsService.UnitFigures::checks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("130921", 3L));

        List<String> paragraphs = report.narrative(summary, Locale.SIMPLIFIED_CHINESE);
        assertThat(paragraphs).containsExactly(
                "共出动执法人员3人次；检查企业3家次；执法活跃度" + now.activityIndex().toPlainString() + "。",
                "共检查企业2家，占辖区登记企业3家的66.67%。",
                "发现环境隐患4处；整改销号隐患2处；本期发现隐患整改率50%；按期整改率50%；销号隐患整改用时中位数6.0天；重复发现隐患占25%；目前逾期未整改隐患1处。");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        report.xlsx(start, today(), "130921", AnalyticsService.Bucket.DAY, Locale.SIMPLIFIED_CHINESE, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(6)))
                    .containsExactly("报告", "指标", "逾期账龄");
            var figures = workbook.getSheet("指标");
            assertThat(figures.getRow(0).getCell(5).getStringCellValue()).isEqualTo("定义");
            assertThat(figures.getRow(1 + Metric.RECTIFICATION.ordinal()).getCell(0).getStringCellValue()).isEqualTo("整改率");
            assertThat(figures.getRow(1 + Metric.RECTIFICATION.ordinal()).getCell(1).getStringCellValue()).isEqualTo("50.00%");
            assertThat(figures.getRow(1 + Metric.RECTIFICATION.ordinal()).getCell(5).getStringCellValue()).contains("已销号");
            assertThat(workbook.getSheet("趋势").getPhysicalNumberOfRows()).as("a header and 11 days").isEqualTo(12);
            assertThat(workbook.getSheet("报告").getRow(3).getCell(0).getStringCellValue()).isEqualTo(paragraphs.getFirst());
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        report.docx(start, today(), "130921", Locale.SIMPLIFIED_CHINESE, docx);
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
            assertThat(text.getText()).contains("沧县", "执法效能分析报告", paragraphs.get(2), "重复隐患率");
        }
    }
}
