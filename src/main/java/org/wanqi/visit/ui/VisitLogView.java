package org.wanqi.visit.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.wanqi.base.BusinessZone;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Roles;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * Log a visit, on a phone: the enterprise by part of its name, the type, what was found and
 * advised, and the risks, each with a deadline. One form, one column; a double tap on submit
 * cannot log the visit twice (the form's idempotency key).
 */
@Route("visits/new")
@Menu(order = 20, title = "nav.visit-new", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
class VisitLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient VisitService visits;
    private final ComboBox<EnterpriseDetails> enterprise = new ComboBox<>();
    private final Select<VisitType> type = new Select<>();
    private final DateTimePicker started = new DateTimePicker();
    private final DateTimePicker ended = new DateTimePicker();
    private final TextArea summary = new TextArea();
    private final TextField representative = new TextField();
    private final TextArea advice = new TextArea();
    private final VerticalLayout riskRows = new VerticalLayout();
    private final List<RiskRow> risks = new ArrayList<>();
    private final ZoneId zone;
    private String idempotencyKey = UUID.randomUUID().toString();

    VisitLogView(VisitService visits, EnterpriseService enterprises, BusinessZone businessZone) {
        this.visits = visits;
        this.zone = businessZone.zoneId();
        addClassName("wanqi-page");
        setMaxWidth("640px");
        enterprise.setId("visit-enterprise");
        enterprise.setLabel(getTranslation("visit.enterprise"));
        enterprise.setPlaceholder(getTranslation("visit.enterprise.placeholder"));
        enterprise.setItems(query -> enterprises.page(EnterpriseFilter.text(query.getFilter().orElse("")),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        enterprise.setItemLabelGenerator(EnterpriseDetails::name);
        enterprise.setRequired(true);
        type.setId("visit-type");
        type.setLabel(getTranslation("visit.type"));
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(t -> getTranslation("visit.type." + t.name()));
        type.setValue(VisitType.ASSISTANCE);
        LocalDateTime now = LocalDateTime.now(zone).withSecond(0).withNano(0);
        started.setLabel(getTranslation("visit.started"));
        started.setValue(now.minusHours(1));
        ended.setLabel(getTranslation("visit.ended"));
        ended.setValue(now);
        summary.setId("visit-summary");
        summary.setLabel(getTranslation("visit.summary"));
        summary.setMaxLength(4000);
        representative.setLabel(getTranslation("visit.representative"));
        advice.setId("visit-advice");
        advice.setLabel(getTranslation("visit.advice"));
        riskRows.setPadding(false);
        Button addRisk = new Button(getTranslation("visit.risk.add"), new Icon(VaadinIcon.PLUS), click -> addRisk());
        addRisk.setId("visit-risk-add");
        Button submit = new Button(getTranslation("visit.submit"), click -> submit());
        submit.setId("visit-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));
        List<HasSize> fullWidth = List.of(enterprise, type, started, ended, summary, representative, advice);
        fullWidth.forEach(HasSize::setWidthFull);
        add(enterprise, type, started, ended, summary, representative, advice, new H3(getTranslation("visit.risks")),
                riskRows, addRisk, submit);
    }

    private void addRisk() {
        RiskRow row = new RiskRow();
        risks.add(row);
        riskRows.add(row);
    }

    private void submit() {
        if (enterprise.getValue() == null) {
            enterprise.setInvalid(true);
            return;
        }
        List<VisitDraft.Advice> adviceItems = Arrays.stream(advice.getValue().split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> new VisitDraft.Advice(line, List.of())).toList();
        VisitDraft draft = new VisitDraft(enterprise.getValue().id(), type.getValue(), offset(started.getValue()),
                offset(ended.getValue()), List.of(), blankToNull(summary.getValue()), blankToNull(representative.getValue()),
                adviceItems, risks.stream().map(RiskRow::value).toList(), null, List.of());
        VisitService.Submitted submitted = visits.submit(draft, idempotencyKey, "web");
        idempotencyKey = UUID.randomUUID().toString();
        Notification.show(getTranslation("visit.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("enterprises/" + submitted.visit().enterpriseId()));
    }

    private OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One risk found: category, severity, what it is, and the deadline. */
    private final class RiskRow extends Div {

        private final Select<RiskCategory> category = new Select<>();
        private final Select<Severity> severity = new Select<>();
        private final TextArea description = new TextArea();
        private final DatePicker deadline = new DatePicker();

        RiskRow() {
            addClassName("wanqi-risk-row");
            category.setLabel(getTranslation("risk.category"));
            category.setItems(RiskCategory.values());
            category.setItemLabelGenerator(c -> getTranslation("risk.category." + c.name()));
            category.setValue(RiskCategory.OTHER);
            severity.setLabel(getTranslation("risk.severity"));
            severity.setItems(Severity.values());
            severity.setItemLabelGenerator(s -> getTranslation("risk.severity." + s.name()));
            severity.setValue(Severity.GENERAL);
            description.setLabel(getTranslation("risk.description"));
            description.addClassName("risk-description");
            description.setWidthFull();
            deadline.setLabel(getTranslation("risk.deadline"));
            deadline.setValue(LocalDate.now(zone).plusDays(30));
            deadline.setMin(LocalDate.now(zone));
            Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> {
                risks.remove(this);
                riskRows.remove(this);
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(category, severity, deadline, remove, description);
        }

        VisitDraft.FoundRisk value() {
            return new VisitDraft.FoundRisk(category.getValue(), severity.getValue(), description.getValue().strip(),
                    deadline.getValue(), null, List.of(), null, List.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visit-new");
    }
}
