package org.wanqi.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskStatus;

/** How a risk's status reads on screen: a coloured badge, red when overdue. */
final class RiskLabels {

    private RiskLabels() {
    }

    static Span statusBadge(Component owner, RiskDetails risk) {
        String status = owner.getTranslation("risk.status." + risk.status().name());
        Span badge = new Span(risk.overdue() ? status + " · " + owner.getTranslation("risk.overdue") : status);
        String theme = risk.overdue() ? "error" : risk.status() == RiskStatus.CLOSED ? "success" : "contrast";
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
