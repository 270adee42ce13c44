package org.wanqi.security.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.organization.Unit;
import org.wanqi.organization.UnitService;
import org.wanqi.security.EnterpriseDirectory;
import org.wanqi.security.Role;
import org.wanqi.security.Roles;
import org.wanqi.security.UserDraft;
import org.wanqi.security.UserFilter;
import org.wanqi.security.UserService;
import org.wanqi.security.UserSummary;

/** User administration: find, create, change, disable, reset passwords. */
@Route("admin/users")
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final transient EnterpriseDirectory enterprises;
    private final transient List<Unit> units;
    private final transient Map<String, Unit> unitsById;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> roleFilter = new Select<>();

    UsersView(UserService users, UnitService unitService, EnterpriseDirectory enterprises) {
        this.users = users;
        this.enterprises = enterprises;
        this.units = unitService.all();
        this.unitsById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        addClassName("wanqi-page");
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("user.search"));
        search.setId("user-search");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("user.all-roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("user.all-roles") : getTranslation("role." + role.name()));
        roleFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("user.new"), new Icon(VaadinIcon.PLUS), click -> openEditor(null));
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name")).setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("user.roles"));
        grid.addColumn(user -> user.unitId() == null ? "" : unitName(user.unitId())).setHeader(getTranslation("user.unit")).setAutoWidth(true);
        grid.addColumn(UserSummary::certificateNumber).setHeader(getTranslation("user.certificate"));
        grid.addColumn(UserSummary::certificateValidUntil).setHeader(getTranslation("user.certificate-valid-until")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItems(query -> users.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> openEditor(click.getItem()));
        grid.setSizeFull();
    }

    private UserFilter filter() {
        return new UserFilter(search.getValue(), roleFilter.getValue(), null);
    }

    private String unitName(String id) {
        Unit unit = unitsById.get(id);
        return unit == null ? id : unit.displayName(getLocale());
    }

    private Span status(UserSummary user) {
        Span badge = new Span(getTranslation(user.enabled() ? "user.enabled" : "user.disabled"));
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return badge;
    }

    /** Opens the editor for {@code user}, or for a new user when null. */
    private void openEditor(UserSummary user) {
        boolean creating = user == null;
        UserForm form = new UserForm(units, enterprises, creating);
        form.edit(creating ? new UserDraft() : UserDraft.of(user));
        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation(creating ? "user.new" : "user.edit"));
        dialog.setWidth("min(720px, 100vw)");
        Button save = new Button(getTranslation("action.save"), click -> form.submit(draft -> {
            if (creating) {
                showPassword(users.create(draft).temporaryPassword());
            } else {
                users.update(user.id(), draft, user.version());
                Notification.show(getTranslation("user.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
        }));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        if (!creating) {
            Button enable = new Button(getTranslation(user.enabled() ? "user.disable" : "user.enable"), click -> {
                users.setEnabled(user.id(), !user.enabled());
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
            enable.setId("user-toggle-enabled");
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button reset = new Button(getTranslation("user.reset-password"), click -> {
                showPassword(users.resetPassword(user.id()));
                dialog.close();
            });
            reset.setId("user-reset-password");
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().add(enable, reset);
        }
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void showPassword(String password) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("user.temporary-password"));
        Span value = new Span(password);
        value.setId("temporary-password");
        value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        shown.add(new VerticalLayout(new Span(getTranslation("user.temporary-password.hint")), value));
        shown.getFooter().add(new Button(getTranslation("action.close"), click -> shown.close()));
        shown.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
