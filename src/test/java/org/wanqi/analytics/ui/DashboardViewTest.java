package org.wanqi.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.ui.EChart;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.visit.TestVisits;
import org.wanqi.visit.VisitType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The efficiency dashboard: a chosen range against a year earlier, the sentence, the trend, a county's own figures. */
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
        assertThat($(Div.class).id("dashboard-cards").getElement().getTextRecursively()).contains("60", "▲ 50%", "30");
        assertThat($(Div.class).id("dashboard-narrative").getElement().getTextRecursively())
                .startsWith("共出动执法人员60人次，比去年同期增加20人次，增长50%；检查企业30家次，比去年同期增加10家次，增长50%");
        JsonNode chart = JsonMapper.builder().build().readTree($(EChart.class).id("dashboard-trend").getElement().getProperty("option"));
        assertThat(chart.get("xAxis").get("data")).hasSize(31);
        assertThat(chart.get("series").get(1).get("data").get(1).asInt()).as("30 checks on 2026-03-02").isEqualTo(30);
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
