package org.wanqi.campaign.ui;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.campaign.CampaignDetails;
import org.wanqi.campaign.CampaignDraft;
import org.wanqi.campaign.CampaignKind;
import org.wanqi.campaign.CampaignMode;
import org.wanqi.campaign.CampaignService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;

/** Special campaigns, the latest first; supervisors set up new ones here. A campaign opens on its own page. */
@Route("campaigns")
@Menu(order = 32, title = "nav.campaigns", icon = "vaadin:flag")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER, Roles.ADMIN})
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<CampaignDetails> grid = new Grid<>();

    CampaignsView(CampaignService campaigns, UnitService units, CurrentUser currentUser, BusinessZone zone, Clock clock) {
        addClassName("wanqi-page");
        if (currentUser.require().hasRole(Role.SUPERVISOR)) {
            Details create = new Details(getTranslation("campaign.new"), form(campaigns, units.all(), zone, clock));
            create.setId("campaign-new");
            add(create);
        }
        grid.setId("campaigns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CampaignDetails::name).setHeader(getTranslation("campaign.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("campaign.kind." + c.kind().name())).setHeader(getTranslation("campaign.kind")).setAutoWidth(true);
        grid.addColumn(c -> c.startDate() + " – " + c.endDate()).setHeader(getTranslation("campaign.period")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.closed() ? "campaign.closed" : "campaign.open")).setAutoWidth(true);
        grid.setItems(query -> campaigns.page(false, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CampaignView.class, click.getItem().id())));
        add(grid);
    }

    private FormLayout form(CampaignService campaigns, List<Unit> units, BusinessZone zone, Clock clock) {
        TextField name = new TextField(getTranslation("campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(100);
        Select<CampaignKind> kind = new Select<>();
        kind.setLabel(getTranslation("campaign.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("campaign.kind." + value.name()));
        kind.setValue(CampaignKind.AIR);
        DatePicker start = new DatePicker(getTranslation("campaign.start"), zone.dateOf(clock.instant()));
        DatePicker end = new DatePicker(getTranslation("campaign.end"), zone.dateOf(clock.instant()).plusDays(30));
        MultiSelectComboBox<PollutionCategory> categories = new MultiSelectComboBox<>(getTranslation("campaign.categories"));
        categories.setItems(PollutionCategory.values());
        categories.setItemLabelGenerator(value -> getTranslation("pollution." + value.name()));
        List<Unit> counties = units.stream().filter(unit -> unit.level() == Unit.Level.COUNTY).toList();
        MultiSelectComboBox<Unit> regions = new MultiSelectComboBox<>(getTranslation("campaign.regions"));
        regions.setItems(counties);
        regions.setItemLabelGenerator(unit -> unit.regionName(getLocale()));
        Select<CampaignMode> mode = new Select<>();
        mode.setLabel(getTranslation("campaign.mode"));
        mode.setItems(CampaignMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("campaign.mode." + value.name()));
        mode.setValue(CampaignMode.LOCAL);
        IntegerField visits = new IntegerField(getTranslation("campaign.target-visits"));
        visits.setMin(0);
        IntegerField enterprises = new IntegerField(getTranslation("campaign.target-enterprises"));
        enterprises.setMin(0);
        Button create = new Button(getTranslation("campaign.create"), click -> {
            Set<String> regionCodes = regions.getValue().stream().map(Unit::id).collect(Collectors.toSet());
            CampaignDetails created = campaigns.create(new CampaignDraft(name.getValue(), kind.getValue(), start.getValue(),
                    end.getValue(), categories.getValue(), regionCodes, null, Set.of(), regionCodes, mode.getValue(),
                    visits.getValue() == null ? 0 : visits.getValue(), enterprises.getValue() == null ? 0 : enterprises.getValue()));
            getUI().ifPresent(ui -> ui.navigate(CampaignView.class, created.id()));
        });
        create.setId("campaign-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(name, kind, start, end, categories, regions, mode, visits, enterprises, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.campaigns");
    }
}
