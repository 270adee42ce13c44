package org.wanqi.risk.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import org.springframework.core.annotation.Order;
import org.wanqi.base.ui.HeaderItem;
import org.wanqi.risk.RiskReminder;
import org.wanqi.risk.RiskReminders;
import org.wanqi.risk.RiskService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;

/**
 * The bell in the header of officers, supervisors and enterprise users: how many risks in their area
 * (an enterprise: its own) are overdue or due within three days, right now; opened, links to those
 * risks (staff: on the board, with the daily reminders of the last week; an enterprise: its home).
 */
@org.springframework.stereotype.Component
@Order(10)
class RiskBell implements HeaderItem {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final RiskService risks;
    private final RiskReminders reminders;
    private final CurrentUser currentUser;

    RiskBell(RiskService risks, RiskReminders reminders, CurrentUser currentUser) {
        this.risks = risks;
        this.reminders = reminders;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        boolean staff = currentUser.get().map(user -> user.hasRole(Role.OFFICER) || user.hasRole(Role.SUPERVISOR)).orElse(false);
        boolean enterprise = currentUser.get().map(user -> user.hasRole(Role.ENTERPRISE)).orElse(false);
        if (!staff && !enterprise) {
            return Optional.empty();
        }
        RiskService.RiskCounts counts = risks.counts();
        long attention = counts.overdue() + counts.dueSoon();
        Button bell = new Button(new Icon(VaadinIcon.BELL));
        bell.setId("risk-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(bell.getTranslation("risk.bell", counts.overdue(), counts.dueSoon()));
        Span count = new Span(String.valueOf(attention));
        count.setId("risk-bell-count");
        count.getElement().getThemeList().add(counts.overdue() > 0 ? "badge error pill small" : "badge pill small");
        count.setVisible(attention > 0);
        Div wrapper = new Div(bell, count);
        wrapper.addClassName("wanqi-bell");

        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setId("risk-bell-popover");
        Anchor overdue = new Anchor(staff ? "risks?overdue=true" : "portal", bell.getTranslation("risk.bell.overdue", counts.overdue()));
        overdue.setId("risk-bell-overdue");
        Anchor dueSoon = new Anchor(staff ? "risks?dueSoon=true" : "portal", bell.getTranslation("risk.bell.due-soon", counts.dueSoon()));
        dueSoon.setId("risk-bell-due-soon");
        Div content = new Div(overdue, dueSoon);
        content.addClassName("wanqi-bell-content");
        popover.add(content);
        wrapper.add(popover);
        if (!staff) {
            return Optional.of(wrapper);
        }
        content.add(new H4(bell.getTranslation("risk.bell.daily")));
        for (RiskReminder reminder : reminders.mine()) {
            content.add(new Div(bell.getTranslation("risk.bell.reminder", DAY.format(reminder.day()), reminder.overdue(),
                    reminder.dueSoon())));
        }
        return Optional.of(wrapper);
    }
}
