package org.wanqi.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.wanqi.base.BusinessZone;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;

/**
 * An enterprise user's home: their enterprise's open risks with deadlines and days left (overdue
 * first), the latest visits, and the advice the bureau gave on them.
 */
@Route("portal")
@RolesAllowed(Roles.ENTERPRISE)
class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    static final int RECENT_VISITS = 5;
    /** More open risks than an enterprise plausibly has at once; the list links to all of them. */
    private static final int OPEN_RISKS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    PortalHomeView(EnterpriseService enterprises, RiskService risks, VisitService visits, CurrentUser currentUser,
                   BusinessZone zone, Clock clock) {
        addClassName("wanqi-page");
        setMaxWidth("880px");
        LocalDate today = zone.dateOf(clock.instant());
        H2 name = new H2(enterprises.get(currentUser.require().enterpriseId()).name());
        name.setId("portal-enterprise");
        List<RiskDetails> open = Stream.of(RiskStatus.OPEN, RiskStatus.RECTIFYING, RiskStatus.PENDING_VERIFICATION)
                .flatMap(status -> risks.page(new RiskFilter(status, null, null, null, null, null, null, null),
                        PageRequest.of(0, OPEN_RISKS)).stream())
                .sorted(Comparator.comparing((RiskDetails risk) -> !risk.overdue()).thenComparing(RiskDetails::deadline))
                .toList();
        List<VisitDetails> recent = visits.page(VisitFilter.none(), PageRequest.of(0, RECENT_VISITS)).getContent();
        add(name, new H3(getTranslation("portal.open-risks", open.size())), openRisks(open, today),
                new H3(getTranslation("portal.recent-visits")), recentVisits(recent),
                new H3(getTranslation("portal.advice")), advice(recent));
    }

    private Div openRisks(List<RiskDetails> open, LocalDate today) {
        Div list = new Div();
        list.setId("portal-open-risks");
        list.addClassName("wanqi-cards");
        if (open.isEmpty()) {
            list.add(new Paragraph(getTranslation("portal.no-open-risks")));
        }
        for (RiskDetails risk : open) {
            long days = ChronoUnit.DAYS.between(today, risk.deadline());
            Span left = new Span(risk.overdue() ? getTranslation("portal.overdue-days", -days)
                    : getTranslation("portal.days-left", days));
            left.getElement().getThemeList().add(risk.overdue() ? "badge error" : days <= 3 ? "badge" : "badge contrast");
            Anchor card = new Anchor("risks/" + risk.id());
            card.addClassName("wanqi-card");
            card.add(new Div(new Span(getTranslation("risk.status." + risk.status().name()) + " · "
                    + getTranslation("risk.category." + risk.category().name()) + " · "
                    + getTranslation("risk.severity." + risk.severity().name())), new Span(" "), left),
                    new Div(risk.description()),
                    new Div(getTranslation("risk.deadline") + " " + DAY.format(risk.deadline())));
            list.add(card);
        }
        return list;
    }

    private UnorderedList recentVisits(List<VisitDetails> recent) {
        UnorderedList list = new UnorderedList();
        list.setId("portal-recent-visits");
        recent.forEach(visit -> list.add(new ListItem(new Anchor("visits/" + visit.id(), DAY.format(visit.startedAt()) + " "
                + getTranslation("visit.type." + visit.type().name()) + (visit.summary() == null ? "" : "：" + visit.summary())))));
        list.add(new ListItem(new Anchor("visits", getTranslation("portal.all-visits"))));
        return list;
    }

    private UnorderedList advice(List<VisitDetails> recent) {
        UnorderedList list = new UnorderedList();
        list.setId("portal-advice");
        for (VisitDetails visit : recent) {
            for (VisitDraft.Advice advice : visit.advice()) {
                list.add(new ListItem(DAY.format(visit.startedAt()) + " " + advice.text()));
            }
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
