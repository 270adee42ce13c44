package org.wanqi.analytics.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.wanqi.audit.AuditService;
import org.wanqi.base.ui.EChart;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.visit.VisitRatings;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The home page: a welcome and the signed-in user's own activity over the last two weeks; for
 * supervisors, how satisfied the enterprises of their area are with the visits. Enterprise users
 * have their own home, the portal.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final boolean enterprise;

    HomeView(AuditService audit, VisitRatings ratings, CurrentUser currentUser, JsonMapper json) {
        addClassName("wanqi-page");
        enterprise = currentUser.require().hasRole(Role.ENTERPRISE);
        if (enterprise) {
            return;
        }
        EChart chart = new EChart();
        chart.setId("home-activity-chart");
        chart.setOption(activityChart(json, audit.myActivityByDay(DAYS)));
        add(new H2(getTranslation("home.welcome")), new Paragraph(getTranslation("home.intro")),
                new H2(getTranslation("home.activity.title")), chart);
        if (currentUser.require().hasRole(Role.SUPERVISOR) || currentUser.require().hasRole(Role.ADMIN)) {
            add(new H2(getTranslation("rating.title")), satisfaction(ratings.summary()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterprise) {
            event.forwardTo("portal");
        }
    }

    private Paragraph satisfaction(VisitRatings.Summary summary) {
        Paragraph text = new Paragraph(summary.count() == 0 ? getTranslation("home.rating.none")
                : getTranslation("home.rating", summary.count(), String.format(Locale.ROOT, "%.2f", summary.mean()),
                        summary.byScore().get(4), summary.byScore().get(3), summary.byScore().get(2),
                        summary.byScore().get(1), summary.byScore().get(0)));
        text.setId("home-satisfaction");
        return text;
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
