package org.wanqi.enterprise.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.ui.BeanValidation;
import org.wanqi.base.ui.Downloads;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.OperatingStatus;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SheetFormat;
import org.wanqi.enterprise.SupervisionTier;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Roles;

/** The registry: a lazy, filtered, sortable list of the enterprises in the user's area, with export. */
@Route("enterprises")
@Menu(order = 10, title = "nav.enterprises", icon = "vaadin:factory")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.TRAINER})
class EnterprisesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final transient EnterpriseService enterprises;
    private final transient EnterpriseLabels labels;
    private final Grid<EnterpriseDetails> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Unit> region = new ComboBox<>();
    private final Select<PollutionCategory> category = new Select<>();
    private final Select<SupervisionTier> tier = new Select<>();
    private final Select<OperatingStatus> status = new Select<>();
    private final Select<Boolean> keyUnit = new Select<>();
    private final Span count = new Span();

    EnterprisesView(EnterpriseService enterprises, UnitService units, BusinessZone zone, AuthenticationContext auth,
                    BeanValidation validation) {
        this.enterprises = enterprises;
        List<Unit> allUnits = units.all();
        this.labels = new EnterpriseLabels(this, allUnits);
        addClassName("wanqi-page");
        setSizeFull();
        configureFilters(allUnits.stream().filter(u -> u.level() == Unit.Level.COUNTY).toList());
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        count.setId("enterprise-count");
        actions.add(count);
        if (auth.hasAnyRole(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER)) {
            Button create = new Button(getTranslation("enterprise.new"), new Icon(VaadinIcon.PLUS),
                    click -> new EnterpriseEditor(enterprises, allUnits, validation, null,
                            saved -> getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class, saved.id()))).open());
            create.setId("enterprise-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        if (auth.hasAnyRole(Roles.ADMIN, Roles.SUPERVISOR)) {
            Button importButton = new Button(getTranslation("enterprise.import"), new Icon(VaadinIcon.UPLOAD),
                    click -> getUI().ifPresent(ui -> ui.navigate(EnterpriseImportView.class)));
            importButton.setId("enterprise-import");
            actions.add(importButton);
        }
        actions.add(download(SheetFormat.XLSX, "enterprise.export-xlsx"), download(SheetFormat.CSV, "enterprise.export-csv"));

        grid.setId("enterprises-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(EnterpriseDetails::name).setHeader(getTranslation("enterprise.field.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(EnterpriseDetails::uscc).setHeader(getTranslation("enterprise.field.uscc")).setSortProperty("uscc").setAutoWidth(true);
        grid.addColumn(e -> labels.region(e.regionCode())).setHeader(getTranslation("enterprise.field.regionCode"))
                .setSortProperty("regionCode").setAutoWidth(true);
        grid.addColumn(EnterpriseDetails::industryName).setHeader(getTranslation("enterprise.field.industryName")).setAutoWidth(true);
        grid.addColumn(e -> labels.categories(e.pollutionCategories())).setHeader(getTranslation("enterprise.field.pollutionCategories"));
        grid.addColumn(e -> labels.label(e.supervisionTier(), "tier.")).setHeader(getTranslation("enterprise.field.supervisionTier"))
                .setSortProperty("supervisionTier").setAutoWidth(true);
        grid.addColumn(e -> labels.label(e.operatingStatus(), "operating.")).setHeader(getTranslation("enterprise.field.operatingStatus")).setAutoWidth(true);
        grid.addColumn(e -> DAY.format(zone.at(e.updatedAt()))).setHeader(getTranslation("enterprise.field.updatedAt"))
                .setSortProperty("updatedAt").setAutoWidth(true);
        grid.setItems(query -> enterprises.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class, click.getItem().id())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(search, region, category, tier, status, keyUnit);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        add(filters, actions, grid);
        refresh();
    }

    private void configureFilters(List<Unit> counties) {
        search.setPlaceholder(getTranslation("enterprise.search"));
        search.setId("enterprise-search");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("14em");
        search.addValueChangeListener(event -> refresh());
        region.setId("enterprise-region");
        region.setPlaceholder(getTranslation("enterprise.all-regions"));
        region.setItems(counties);
        region.setItemLabelGenerator(labels::county);
        region.setClearButtonVisible(true);
        region.addValueChangeListener(event -> refresh());
        choice(category, PollutionCategory.values(), "pollution.", "enterprise.all-categories");
        choice(tier, SupervisionTier.values(), "tier.", "enterprise.all-tiers");
        choice(status, OperatingStatus.values(), "operating.", "enterprise.all-statuses");
        keyUnit.setItems(Boolean.TRUE, Boolean.FALSE);
        keyUnit.setEmptySelectionAllowed(true);
        keyUnit.setEmptySelectionCaption(getTranslation("enterprise.key-unit-filter") + "：" + getTranslation("common.any"));
        keyUnit.setItemLabelGenerator(value -> value == null
                ? getTranslation("enterprise.key-unit-filter") + "：" + getTranslation("common.any")
                : getTranslation("enterprise.key-unit-filter") + "：" + getTranslation(value ? "common.yes" : "common.no"));
        keyUnit.setWidth("13em");
        keyUnit.addValueChangeListener(event -> refresh());
    }

    private <E extends Enum<E>> void choice(Select<E> select, E[] values, String prefix, String emptyKey) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(emptyKey));
        select.setItemLabelGenerator(value -> value == null ? getTranslation(emptyKey) : getTranslation(prefix + value.name()));
        select.addValueChangeListener(event -> refresh());
    }

    private EnterpriseFilter filter() {
        return new EnterpriseFilter(search.getValue(), region.getValue() == null ? null : region.getValue().id(),
                category.getValue(), tier.getValue(), status.getValue(), keyUnit.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("enterprise.count", enterprises.count(filter())));
    }

    private Component download(SheetFormat format, String labelKey) {
        Locale locale = getLocale();
        return Downloads.button("enterprise-export-" + format.extension(), getTranslation(labelKey),
                getTranslation("enterprise.sheet-name") + "." + format.extension(), format.contentType(),
                out -> enterprises.export(filter(), format, locale, out));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.enterprises");
    }
}
