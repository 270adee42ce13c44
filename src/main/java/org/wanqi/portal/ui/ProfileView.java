package org.wanqi.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.assistance.AssistanceDraft;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.assistance.AssistanceTopic;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.ui.EnterpriseFacts;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Roles;

/**
 * The enterprise's record as the bureau keeps it, read-only; a wrong fact is reported with "request a
 * correction", which reaches the officers of its unit as a help request.
 */
@Route("portal/profile")
@Menu(order = 60, title = "nav.portal.profile", icon = "vaadin:building")
@RolesAllowed(Roles.ENTERPRISE)
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    ProfileView(EnterpriseService enterprises, UnitService units, AssistanceService requests, CurrentUser currentUser) {
        addClassName("wanqi-page");
        setMaxWidth("880px");
        EnterpriseDetails enterprise = enterprises.get(currentUser.require().enterpriseId());
        Button correction = new Button(getTranslation("portal.correction"), click -> requestCorrection(requests));
        correction.setId("portal-correction");
        correction.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(enterprise.name()), new EnterpriseFacts(enterprise, units.all()), correction);
    }

    private void requestCorrection(AssistanceService requests) {
        Dialog dialog = new Dialog(getTranslation("portal.correction"));
        dialog.setWidth("min(520px, 100vw)");
        TextArea what = new TextArea(getTranslation("portal.correction.what"));
        what.setId("portal-correction-text");
        what.setWidthFull();
        what.setMaxLength(2000);
        dialog.add(what);
        Button send = new Button(getTranslation("assistance.submit"), click -> {
            requests.submit(new AssistanceDraft(AssistanceTopic.PROFILE_CORRECTION, what.getValue(), null, null));
            dialog.close();
            Notification.show(getTranslation("portal.correction.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        send.setId("portal-correction-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal.profile");
    }
}
