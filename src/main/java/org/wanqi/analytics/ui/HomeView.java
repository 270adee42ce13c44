package org.wanqi.analytics.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.wanqi.audit.AuditService;
import org.wanqi.base.ui.EChart;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The home page: a welcome and the signed-in user's own activity over the last two weeks. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    HomeView(AuditService audit, JsonMapper json) {
        addClassName("wanqi-page");
        EChart chart = new EChart();
        chart.setId("home-activity-chart");
        chart.setOption(activityChart(json, audit.myActivityByDay(DAYS)));
        add(new H2(getTranslation("home.welcome")), new Paragraph(getTranslation("home.intro")),
                new H2(getTranslation("home.activity.title")), chart);
    }

    private ObjectNode activityChart(JsonMapper json, Map<LocalDate, Long> counts) {
        ObjectNode option = json.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 24).put("bottom", 32);
        ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ObjectNode series = option.putArray("series").addObject()
                .put("type", "bar")
                .put("name", getTranslation("home.activity.series"));
        ArrayNode values = series.putArray("data");
        counts.forEach((day, count) -> {
            days.add(DAY.format(day));
            values.add(count);
        });
        return option;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
