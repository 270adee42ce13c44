package org.wanqi.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.ui.NotFoundText;
import org.wanqi.campaign.CampaignDetails;
import org.wanqi.campaign.CampaignProgress;
import org.wanqi.campaign.CampaignService;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;

/**
 * A campaign's live progress within the reader's area: figures, per unit, the summary paragraph,
 * and the targeted enterprises still to check (each a link to log the check); supervisors close it.
 */
@Route("campaigns")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
class CampaignView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient UnitService units;
    private final boolean supervisor;
    private final boolean logs;
    private String title = "";

    CampaignView(CampaignService campaigns, UnitService units, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.units = units;
        this.supervisor = currentUser.require().hasRole(Role.SUPERVISOR);
        this.logs = supervisor || currentUser.require().hasRole(Role.OFFICER);
        addClassName("wanqi-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        try {
            show(campaigns.get(id));
        } catch (NotFoundException e) {
            add(new NotFoundText());
        }
    }

    private void show(CampaignDetails campaign) {
        removeAll();
        title = campaign.name();
        CampaignProgress progress = campaigns.progress(campaign.id());
        Paragraph summary = new Paragraph(campaigns.summary(campaign.id(), getLocale()));
        summary.setId("campaign-summary");
        add(new H2(campaign.name()), new Paragraph(getTranslation("campaign.kind." + campaign.kind().name()) + " · "
                + getTranslation("campaign.mode." + campaign.mode().name()) + " · " + campaign.startDate() + " – " + campaign.endDate()
                + " · " + getTranslation(campaign.closed() ? "campaign.closed" : "campaign.open")), cards(campaign, progress),
                new H3(getTranslation("campaign.summary")), summary, new H3(getTranslation("campaign.per-unit")), perUnit(progress));
        if (!campaign.closed() && logs) {
            add(new H3(getTranslation("campaign.unchecked")), unchecked(campaign));
        }
        if (supervisor && !campaign.closed()) {
            Button close = new Button(getTranslation("campaign.close"), click -> show(campaigns.close(campaign.id(), campaign.version())));
            close.setId("campaign-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(close);
        }
    }

    private Div cards(CampaignDetails campaign, CampaignProgress progress) {
        Div cards = new Div();
        cards.setId("campaign-figures");
        cards.addClassName("wanqi-cards");
        card(cards, "campaign.officer-visits", progress.officerVisits() + planned(campaign.targetOfficerVisits()));
        card(cards, "campaign.checks", String.valueOf(progress.checks()));
        card(cards, "campaign.enterprises-checked", progress.enterprisesChecked() + planned(campaign.targetEnterprises()));
        card(cards, "campaign.coverage", progress.coverage() == null ? "—"
                : progress.coverage() + "%（" + progress.checkedTargeted() + "/" + progress.targeted() + "）");
        card(cards, "campaign.risks-found", String.valueOf(progress.risksFound()));
        card(cards, "campaign.risks-rectified", String.valueOf(progress.risksRectified()));
        card(cards, "campaign.risks-open", progress.risksOpen() + "（" + getTranslation("campaign.risks-overdue") + " "
                + progress.risksOverdue() + "）");
        return cards;
    }

    /** " / planned 120", or nothing when nothing was planned. */
    private String planned(int target) {
        return target == 0 ? "" : " / " + getTranslation("campaign.planned", target);
    }

    private void card(Div cards, String labelKey, String value) {
        Div card = new Div(new Div(getTranslation(labelKey)), new Span(value));
        card.addClassName("wanqi-card");
        cards.add(card);
    }

    private Grid<CampaignProgress.UnitProgress> perUnit(CampaignProgress progress) {
        Grid<CampaignProgress.UnitProgress> grid = new Grid<>();
        grid.setId("campaign-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(unit -> units.regionName(unit.unitId(), getLocale())).setHeader(getTranslation("visit.unit"));
        grid.addColumn(CampaignProgress.UnitProgress::officerVisits).setHeader(getTranslation("campaign.officer-visits"));
        grid.addColumn(CampaignProgress.UnitProgress::checks).setHeader(getTranslation("campaign.checks"));
        grid.addColumn(CampaignProgress.UnitProgress::risksFound).setHeader(getTranslation("campaign.risks-found"));
        grid.addColumn(CampaignProgress.UnitProgress::risksRectified).setHeader(getTranslation("campaign.risks-rectified"));
        grid.addColumn(CampaignProgress.UnitProgress::risksOverdue).setHeader(getTranslation("campaign.risks-overdue"));
        grid.setItems(progress.perUnit());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<EnterpriseDetails> unchecked(CampaignDetails campaign) {
        Grid<EnterpriseDetails> grid = new Grid<>();
        grid.setId("campaign-unchecked");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(EnterpriseDetails::name).setHeader(getTranslation("visit.enterprise")).setFlexGrow(2);
        grid.addComponentColumn(enterprise -> new Anchor("visits/new?enterprise=" + enterprise.id() + "&type=CAMPAIGN&campaign="
                + campaign.id(), getTranslation("campaign.log-visit")));
        grid.setItems(campaigns.unchecked(campaign.id()));
        grid.setHeight("320px");
        grid.setEmptyStateText(getTranslation("campaign.none"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
