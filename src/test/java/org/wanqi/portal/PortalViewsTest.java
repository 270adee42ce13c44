package org.wanqi.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.assistance.AssistanceDraft;
import org.wanqi.base.BusinessZone;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.assistance.AssistanceStatus;
import org.wanqi.assistance.AssistanceTopic;
import org.wanqi.audit.AuditEvent;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeDraft;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitRatings;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitSheets;
import org.wanqi.visit.VisitType;

/**
 * The portal's views and the isolation sweep over every route of the application: enterprise B's
 * user opens every route there is — those with an id with enterprise A's ids — and never sees A's
 * name; A's records answer "not found" (and the attempt is audited), staff views are not shown at all.
 */
class PortalViewsTest extends WanqiBrowserlessTest {

    /** Routes whose parameter names public data (statutes, published knowledge, 一公开 draws), not an enterprise's record. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("knowledge", "regulations", "public");

    @Autowired
    EnterpriseService enterprises;
    @Autowired
    VisitService visits;
    @Autowired
    VisitRatings ratings;
    @Autowired
    AssistanceService assistance;
    @Autowired
    UnitService units;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    VisitSheets sheets;
    @Autowired
    BusinessZone zone;
    @Autowired
    Clock clock;

    EnterpriseDetails a;
    EnterpriseDetails b;
    WanqiUser entA;
    WanqiUser entB;
    WanqiUser officer;
    VisitDetails visitA;

    @BeforeEach
    void twoEnterprisesVisited() {
        units.run(null);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        a = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        b = enterprises.create(TestEnterprises.draft("沧县华源制药有限公司", "130921", 2, PollutionCategory.WATER));
        entA = users.create("ent.a", Role.ENTERPRISE, a.id());
        entB = users.create("ent.b", Role.ENTERPRISE, b.id());
        officer = users.create("officer", Role.OFFICER, null, "130921");
        users.signIn(officer);
        visitA = visit(a, "恒泰危废检查", today().minusDays(2));
        visit(b, "华源废水检查", today().minusDays(5));
        users.signIn(entA);
        ratings.rate(visitA.id(), 5, "很好");
        assistance.submit(new AssistanceDraft(AssistanceTopic.HAZARDOUS_WASTE, "恒泰申请帮扶", null, null));
    }

    /** Today where the bureau is: the portal counts days left in Beijing time, whatever the machine's zone. */
    private LocalDate today() {
        return zone.dateOf(clock.instant());
    }

    private VisitDetails visit(EnterpriseDetails enterprise, String summary, LocalDate day) {
        OffsetDateTime started = day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        return visits.submit(new VisitDraft(enterprise.id(), VisitType.ROUTINE, started, started.plusHours(1), List.of(), summary,
                null, List.of(new VisitDraft.Advice(summary + "：完善台账", List.of())),
                List.of(new VisitDraft.FoundRisk(RiskCategory.HAZARDOUS_WASTE, Severity.GENERAL, summary + "发现的隐患",
                        today().plusDays(10), null, List.of("《固体废物污染环境防治法》第七十七条"), null, List.of())),
                null, List.of()),
                "key-" + enterprise.id(), "web").visit();
    }

    @Test
    void theHomeShowsTheEnterprisesOpenRisksAndAdviceAndNothingOfAnyoneElse() {
        users.signIn(entA);
        UI.getCurrent().navigate("");
        assertThat($(H2.class).id("portal-enterprise").getText()).isEqualTo(a.name());
        assertThat(text()).contains("恒泰危废检查发现的隐患", "剩余 10 天", "恒泰危废检查：完善台账").doesNotContain("华源");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("risks/" + visitA.risks().getFirst().id());
    }

    @Test
    void theLearningPageOffersArticlesOnTheEnterprisesCategoriesAndTheArticlesItsRisksCite() {
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
        publish("危险废物贮存规范要点", KnowledgeTopic.HAZARDOUS_WASTE);
        publish("污水处理设施运行要点", KnowledgeTopic.WATER);
        users.signIn(entA);
        UI.getCurrent().navigate("portal/knowledge");
        assertThat($(UnorderedList.class).id("portal-knowledge-articles").getElement().getTextRecursively())
                .contains("危险废物贮存规范要点").doesNotContain("污水处理设施运行要点");
        assertThat(text()).contains("《固体废物污染环境防治法》第七十七条");
    }

    private void publish(String title, KnowledgeTopic topic) {
        KnowledgeArticleDetails draft = knowledge.create(new KnowledgeDraft(title, title + "。", List.of(), Set.of(topic), List.of()));
        knowledge.moveTo(draft.id(), KnowledgeState.PUBLISHED, draft.version());
    }

    @Test
    void aCorrectionRequestFromTheProfileReachesTheUnit() {
        users.signIn(entA);
        UI.getCurrent().navigate("portal/profile");
        assertThat(text()).contains(a.uscc()).contains("王伟");
        test($(Button.class).id("portal-correction")).click();
        test($(TextArea.class).id("portal-correction-text")).setValue("联系电话已变更为 13800000000");
        test($(Button.class).id("portal-correction-send")).click();
        users.signIn(officer);
        assertThat(assistance.page(AssistanceStatus.SUBMITTED, PageRequest.of(0, 10)))
                .filteredOn(request -> request.topic() == AssistanceTopic.PROFILE_CORRECTION)
                .singleElement().satisfies(request -> {
                    assertThat(request.enterpriseId()).isEqualTo(a.id());
                    assertThat(request.description()).isEqualTo("联系电话已变更为 13800000000");
                });
    }

    @Test
    void theAssistanceHistoryExportsTheEnterprisesOwnVisitsOnly() throws Exception {
        users.signIn(entA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.export(VisitFilter.none(), Locale.SIMPLIFIED_CHINESE, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("one visit under the header").isEqualTo(1);
            String row = String.join("|", List.of(0, 1, 2, 4, 7, 8).stream()
                    .map(c -> sheet.getRow(1).getCell(c).getStringCellValue()).toList());
            assertThat(row).contains(a.name(), "日常检查", "测试officer", "恒泰危废检查：完善台账", "恒泰危废检查发现的隐患（待整改）")
                    .doesNotContain("华源");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("执法人员");
        }
    }

    @Test
    void enterpriseBOpensEveryRouteWithEnterpriseAsIdsAndSeesNothingOfA() {
        Map<String, String> idsOfA = Map.of("visits", visitA.id(), "risks", visitA.risks().getFirst().id(), "enterprises", a.id(),
                "inspections/draws", "a-draw", "campaigns", "a-campaign");
        users.signIn(entB);
        List<String> opened = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            if (template.startsWith("login")) {
                continue;
            }
            String location = template;
            if (template.contains(":")) {
                String prefix = template.substring(0, template.indexOf("/:"));
                if (PUBLIC_ROUTES.contains(prefix.split("/")[0])) {
                    continue;
                }
                String id = idsOfA.get(prefix);
                if (id == null) {
                    fail("The route sweep does not know which record " + template + " shows: add it");
                }
                location = prefix + "/" + id;
            }
            HasElement shown = open(location);
            String text = text();
            assertThat(text).as(location).doesNotContain(a.name()).doesNotContain("恒泰");
            if (template.contains(":")) {
                boolean notFound = !$(Paragraph.class).withId("not-found").all().isEmpty();
                assertThat(notFound || shown == null).as(location + " answers not found, or is not shown at all").isTrue();
            }
            opened.add(location + (shown == null ? " (not shown)" : ""));
        }
        assertThat(opened).contains("visits/" + visitA.id(), "risks/" + visitA.risks().getFirst().id(),
                "enterprises/" + a.id() + " (not shown)", "portal", "portal/profile", "portal/knowledge", "visits", "assistance",
                "risks (not shown)", "admin/users (not shown)", "visits/new (not shown)", "inspections (not shown)",
                "inspections/draws/a-draw (not shown)", "campaigns/a-campaign (not shown)");
        assertThat(mongo.findAll(AuditEvent.class)).filteredOn(e -> "access.denied".equals(e.action()) && "ent.b".equals(e.actor()))
                .extracting(AuditEvent::entityType).contains("visit", "risk");
    }

    /** Navigates; the view shown, or null when the user may not open it (answered as not found). */
    private HasElement open(String location) {
        try {
            UI.getCurrent().navigate(location);
        } catch (RuntimeException refused) {
            assertThat(refused).hasMessageContaining("RouteNotFoundError");
            return null;
        }
        return getCurrentView().getClass().getSimpleName().contains("RouteNotFoundError") ? null : getCurrentView();
    }

    /** Everything the page says: its elements' text and the first rows of every grid. */
    private String text() {
        StringBuilder text = new StringBuilder();
        $(Component.class).all().forEach(component -> text.append(' ').append(component.getElement().getText()));
        for (Grid<?> grid : $(Grid.class).all()) {
            var rows = test(grid);
            for (int row = 0; row < Math.min(rows.size(), 50); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    text.append(' ').append(rows.getCellText(row, column));
                }
            }
        }
        return text.toString();
    }
}
