package org.wanqi.visit.checklist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitType;
import org.wanqi.visit.checklist.ChecklistDetails;
import org.wanqi.visit.checklist.ChecklistDraft;
import org.wanqi.visit.checklist.ChecklistItem;
import org.wanqi.visit.checklist.ChecklistService;

/**
 * Checklist templates for ADMIN and SUPERVISOR: pick one, edit its questions, save a new version.
 * Visits answered against an earlier version keep it.
 */
@Route("checklists")
@Menu(order = 40, title = "nav.checklists", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
class ChecklistTemplatesView extends HorizontalLayout implements HasDynamicTitle {

    private final transient ChecklistService checklists;
    private final Grid<ChecklistDetails> grid = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();

    ChecklistTemplatesView(ChecklistService checklists) {
        this.checklists = checklists;
        addClassName("wanqi-page");
        setSizeFull();
        setWrap(true);
        grid.setId("checklist-templates");
        grid.addColumn(ChecklistDetails::name).setHeader(getTranslation("checklist.name")).setAutoWidth(true);
        grid.addColumn(t -> "v" + t.version()).setHeader(getTranslation("checklist.version")).setAutoWidth(true);
        grid.addColumn(t -> t.items().size()).setHeader(getTranslation("checklist.items")).setAutoWidth(true);
        grid.setItems(checklists.latest(null));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setWidth("min(420px, 100%)");
        editor.setWidth("min(720px, 100%)");
        add(grid, editor);
    }

    private void edit(ChecklistDetails template) {
        editor.removeAll();
        if (template == null) {
            return;
        }
        TextField name = new TextField(getTranslation("checklist.name"));
        name.setValue(template.name());
        name.setWidthFull();
        TextField topic = new TextField(getTranslation("checklist.topic"));
        topic.setValue(template.topic() == null ? "" : template.topic());
        CheckboxGroup<VisitType> types = new CheckboxGroup<>(getTranslation("checklist.visit-types"));
        types.setItems(VisitType.values());
        types.setItemLabelGenerator(t -> getTranslation("visit.type." + t.name()));
        types.setValue(template.visitTypes());
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<ItemRow> items = new ArrayList<>();
        template.items().forEach(item -> items.add(new ItemRow(item, rows, items)));
        Button addItem = new Button(getTranslation("checklist.item.add"), new Icon(VaadinIcon.PLUS), click ->
                items.add(new ItemRow(new ChecklistItem("item-" + UUID.randomUUID().toString().substring(0, 8), "",
                        RiskCategory.OTHER, Severity.GENERAL, null), rows, items)));
        Button save = new Button(getTranslation("checklist.save-version", template.version() + 1), click -> {
            ChecklistDetails saved = checklists.revise(template.key(), template.version(), new ChecklistDraft(name.getValue(),
                    topic.getValue(), types.getValue(), items.stream().map(ItemRow::value).toList()));
            Notification.show(getTranslation("checklist.saved", saved.version())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.setItems(checklists.latest(null));
            edit(saved);
        });
        save.setId("checklist-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span versions = new Span(getTranslation("checklist.history") + "："
                + String.join("，", checklists.versions(template.key()).stream().map(v -> "v" + v.version()).toList()));
        editor.add(new H3(template.name() + " · v" + template.version()), name, topic, types, rows, addItem, save, versions);
    }

    /** One question: its text, its legal basis, and the category and severity a "no" turns into. */
    private final class ItemRow extends Div {

        private final String id;
        private final TextField text = new TextField();
        private final Select<RiskCategory> category = new Select<>();
        private final Select<Severity> severity = new Select<>();
        private final TextField basis = new TextField();

        ItemRow(ChecklistItem item, VerticalLayout rows, List<ItemRow> items) {
            this.id = item.id();
            addClassName("wanqi-checklist-item");
            setWidthFull();
            text.setValue(item.text());
            text.setWidthFull();
            text.setPlaceholder(getTranslation("checklist.item.text"));
            category.setItems(RiskCategory.values());
            category.setItemLabelGenerator(c -> getTranslation("risk.category." + c.name()));
            category.setValue(item.category());
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(s -> getTranslation("risk.severity." + s.name()));
            severity.setValue(item.severity());
            basis.setValue(item.basis() == null ? "" : item.basis());
            basis.setPlaceholder(getTranslation("checklist.item.basis"));
            basis.addClassName("checklist-item-basis");
            Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> {
                items.remove(this);
                rows.remove(this);
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(text, category, severity, basis, remove);
            rows.add(this);
        }

        ChecklistItem value() {
            return new ChecklistItem(id, text.getValue().strip(), category.getValue(), severity.getValue(), basis.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checklists");
    }
}
