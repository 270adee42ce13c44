package org.wanqi.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.analytics.DailySnapshot;
import org.wanqi.analytics.Metric;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.ui.EChart;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.visit.TestVisits;
import org.wanqi.visit.VisitType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The efficiency dashboard: a chosen range against a year earlier, every figure's card, the report,
 * the charts, drilling into a county from its bar, the exports; a county's own figures; the daily
 * analysis page.
 */
class DashboardViewTest extends WanqiBrowserlessTest {

    @Autowired
    UnitService units;

    /** {@code count} visits on 2026-03-02 (or a year earlier) of two officers each, half of them by each county. */
    private static List<TestVisits.Spec> visits(int year, int count) {
        List<TestVisits.Spec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(new TestVisits.Spec(LocalDate.of(year, 3, 2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    i % 2 == 0 ? "130921" : "130982", VisitType.ROUTINE, 2, 0));
        }
        return specs;
    }

    @Test
    void aSupervisorComparesARangeWithTheYearBeforeAndACountySeesItsOwn() {
        units.run(null);
        List<TestVisits.Spec> specs = new ArrayList<>(visits(2026, 30));
        specs.addAll(visits(2025, 20));
        TestVisits.insert(mongo, specs);
        context.getBean("visitRollups", DerivedData.class).rebuild();
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<DashboardRange> range = $(Select.class).id("dashboard-range");
        test(range).selectItem("自定义");
        test($(DatePicker.class).id("dashboard-from")).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).id("dashboard-to")).setValue(LocalDate.of(2026, 3, 31));
        assertThat($(DatePicker.class).id("dashboard-to").getMin()).as("the end cannot be picked before the start").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat($(Div.class).id("dashboard-cards").getElement().getTextRecursively()).contains("60", "▲ 50%", "30");
        assertThat($(Div.class).id("dashboard-narrative").getElement().getTextRecursively())
                .startsWith("共出动执法人员60人次，比去年同期增加20人次，增长50%；检查企业30家次，比去年同期增加10家次，增长50%");
        JsonNode chart = JsonMapper.builder().build().readTree($(EChart.class).id("dashboard-trend").getElement().getProperty("option"));
        assertThat(chart.get("xAxis").get("data")).hasSize(31);
        assertThat(chart.get("series").get(1).get("data").get(1).asInt()).as("30 checks on 2026-03-02").isEqualTo(30);
        assertThat(Arrays.stream(Metric.values()).map(metric -> $(Div.class).id("card-" + metric.name()))).hasSize(Metric.values().length);
        JsonNode units = JsonMapper.builder().build().readTree($(EChart.class).id("dashboard-units").getElement().getProperty("option"));
        assertThat(units.get("yAxis").get("data").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("沧县", "任丘市");

        EChart ranked = $(EChart.class).id("dashboard-units");
        ComponentUtil.fireEvent(ranked, new EChart.ItemClick(ranked, true, "沧县"));
        @SuppressWarnings("unchecked")
        Select<Unit> unit = $(Select.class).id("dashboard-unit");
        assertThat(unit.getValue().id()).as("clicking a county's bar drills into it").isEqualTo("130921");
        assertThat($(Div.class).id("card-CHECKS").getElement().getTextRecursively()).contains("15", "▲ 50%");
        assertThat($(Anchor.class).id("dashboard-export-xlsx").getElement().getAttribute("href")).isNotBlank();
        assertThat($(Anchor.class).id("dashboard-export-docx").getElement().getAttribute("href")).isNotBlank();
    }

    @Test
    void theDailyAnalysisIsBrowsedByDayAndTakenOnDemand() {
        units.run(null);
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        navigate(DailyView.class);
        assertThat($(Paragraph.class).id("daily-state").getText()).contains("尚无");
        test($(Button.class).id("daily-take")).click();
        @SuppressWarnings("unchecked")
        Grid<DailySnapshot.UnitDay> grid = $(Grid.class).id("daily-units");
        assertThat(test(grid).size()).as("one row per county").isEqualTo((int) units.all().stream()
                .filter(u -> u.level() == Unit.Level.COUNTY).count());
        assertThat(test(grid).getCellText(0, 1)).isNotBlank();
        assertThat($(Paragraph.class).withId("daily-state").exists()).as("the notice is hidden once there is a snapshot").isFalse();
    }

    @Test
    void aCountySupervisorChoosesOnlyTheirCounty() {
        units.run(null);
        users.signIn(users.create("county.chief", Role.SUPERVISOR, null, "130921"));
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<Unit> unit = $(Select.class).id("dashboard-unit");
        assertThat(unit.getListDataView().getItems().map(Unit::id).toList()).containsExactly("130921");
    }
}
