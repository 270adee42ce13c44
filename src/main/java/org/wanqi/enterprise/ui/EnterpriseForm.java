package org.wanqi.enterprise.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.wanqi.base.ui.BeanValidation;
import org.wanqi.enterprise.Contact;
import org.wanqi.enterprise.EnterpriseDraft;
import org.wanqi.enterprise.OperatingStatus;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SupervisionTier;
import org.wanqi.organization.Unit;

/**
 * Edits a copy of an enterprise draft. Every field is checked, as the user types, against the same
 * bean-validation rules the service enforces; a valid copy goes to the caller, never to a service.
 */
class EnterpriseForm extends VerticalLayout {

    private final Binder<EnterpriseDraft> binder = new Binder<>(EnterpriseDraft.class);
    private final VerticalLayout contactRows = new VerticalLayout();
    private final List<ContactRow> contacts = new ArrayList<>();
    private final transient BeanValidation validation;

    EnterpriseForm(List<Unit> counties, EnterpriseLabels labels, BeanValidation validation) {
        this.validation = validation;
        setPadding(false);
        TextField name = text("name");
        TextField uscc = text("uscc");
        uscc.setMaxLength(18);
        uscc.addValueChangeListener(event -> {
            if (event.isFromClient() && !event.getValue().equals(event.getValue().toUpperCase())) {
                uscc.setValue(event.getValue().toUpperCase());
            }
        });
        TextField legal = text("legalRepresentative");
        TextField address = text("address");
        ComboBox<Unit> region = new ComboBox<>(getTranslation("enterprise.field.regionCode"));
        region.setId("enterprise-field-regionCode");
        region.setItems(counties);
        region.setItemLabelGenerator(labels::county);
        TextField industryCode = text("industryCode");
        TextField industryName = text("industryName");
        CheckboxGroup<PollutionCategory> categories = new CheckboxGroup<>(getTranslation("enterprise.field.pollutionCategories"));
        categories.setItems(PollutionCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("pollution." + c.name()));
        Checkbox keyUnit = new Checkbox(getTranslation("enterprise.field.keyDischargeUnit"));
        TextField permit = text("dischargePermitNumber");
        Select<SupervisionTier> tier = new Select<>();
        tier.setLabel(getTranslation("enterprise.field.supervisionTier"));
        tier.setItems(SupervisionTier.values());
        tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
        Select<OperatingStatus> status = new Select<>();
        status.setLabel(getTranslation("enterprise.field.operatingStatus"));
        status.setItems(OperatingStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("operating." + s.name()));
        NumberField latitude = new NumberField(getTranslation("enterprise.field.latitude"));
        NumberField longitude = new NumberField(getTranslation("enterprise.field.longitude"));

        bind(name, "name", EnterpriseDraft::getName, EnterpriseDraft::setName);
        bind(uscc, "uscc", EnterpriseDraft::getUscc, EnterpriseDraft::setUscc);
        bind(legal, "legalRepresentative", EnterpriseDraft::getLegalRepresentative, EnterpriseDraft::setLegalRepresentative);
        bind(address, "address", EnterpriseDraft::getAddress, EnterpriseDraft::setAddress);
        binder.forField(region)
                .withValidator((value, context) -> value == null
                        ? com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("validation.region"))
                        : com.vaadin.flow.data.binder.ValidationResult.ok())
                .bind(draft -> counties.stream().filter(u -> u.id().equals(draft.getRegionCode())).findFirst().orElse(null),
                        (draft, unit) -> draft.setRegionCode(unit == null ? null : unit.id()));
        bind(industryCode, "industryCode", EnterpriseDraft::getIndustryCode, EnterpriseDraft::setIndustryCode);
        bind(industryName, "industryName", EnterpriseDraft::getIndustryName, EnterpriseDraft::setIndustryName);
        binder.forField(categories).bind(EnterpriseDraft::getPollutionCategories, EnterpriseDraft::setPollutionCategories);
        binder.forField(keyUnit).bind(EnterpriseDraft::isKeyDischargeUnit, EnterpriseDraft::setKeyDischargeUnit);
        bind(permit, "dischargePermitNumber", EnterpriseDraft::getDischargePermitNumber, EnterpriseDraft::setDischargePermitNumber);
        binder.forField(tier).asRequired().bind(EnterpriseDraft::getSupervisionTier, EnterpriseDraft::setSupervisionTier);
        binder.forField(status).asRequired().bind(EnterpriseDraft::getOperatingStatus, EnterpriseDraft::setOperatingStatus);
        binder.forField(latitude).withValidator(validation.property(EnterpriseDraft.class, "latitude"))
                .bind(EnterpriseDraft::getLatitude, EnterpriseDraft::setLatitude);
        binder.forField(longitude).withValidator(validation.property(EnterpriseDraft.class, "longitude"))
                .bind(EnterpriseDraft::getLongitude, EnterpriseDraft::setLongitude);

        FormLayout facts = new FormLayout(name, uscc, region, legal, address, industryCode, industryName, tier, status,
                permit, keyUnit, latitude, longitude, categories);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        facts.setColspan(categories, 2);
        facts.setColspan(name, 2);
        facts.setColspan(address, 2);

        Button addContact = new Button(getTranslation("enterprise.contact.add"), new Icon(VaadinIcon.PLUS),
                click -> addContactRow(new Contact("", "", "")));
        addContact.setId("enterprise-contact-add");
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        contactRows.setPadding(false);
        contactRows.setSpacing(false);
        add(facts, new H4(getTranslation("enterprise.contacts")), contactRows, addContact);
    }

    private TextField text(String field) {
        TextField text = new TextField(getTranslation("enterprise.field." + field));
        text.setId("enterprise-field-" + field);
        text.setWidthFull();
        return text;
    }

    private void bind(TextField field, String property, com.vaadin.flow.function.ValueProvider<EnterpriseDraft, String> getter,
                      com.vaadin.flow.data.binder.Setter<EnterpriseDraft, String> setter) {
        binder.forField(field)
                .withNullRepresentation("")
                .withConverter(value -> value == null || value.isBlank() ? null : value.strip(), value -> value)
                .withValidator(validation.property(EnterpriseDraft.class, property))
                .bind(getter, setter);
    }

    /** Shows a copy of {@code draft}; the original is never touched. */
    void edit(EnterpriseDraft draft) {
        binder.readBean(draft);
        contacts.clear();
        contactRows.removeAll();
        draft.getContacts().forEach(this::addContactRow);
    }

    /** Validates; when valid, hands a new draft with the form's values to {@code onValid}. */
    void submit(java.util.function.Consumer<EnterpriseDraft> onValid) {
        EnterpriseDraft draft = new EnterpriseDraft();
        boolean contactsValid = contacts.stream().map(ContactRow::validate).reduce(true, Boolean::logicalAnd);
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            return;
        }
        if (contactsValid) {
            draft.setContacts(contacts.stream().map(ContactRow::value).toList());
            onValid.accept(draft);
        }
    }

    private void addContactRow(Contact contact) {
        ContactRow row = new ContactRow(contact);
        contacts.add(row);
        contactRows.add(row);
    }

    /** One contact: name, role, phone, and a button to remove it. */
    private final class ContactRow extends HorizontalLayout {

        private final Binder<ContactBean> rowBinder = new Binder<>(ContactBean.class);
        private final ContactBean bean = new ContactBean();

        ContactRow(Contact contact) {
            bean.name = contact.name();
            bean.role = contact.role();
            bean.phone = contact.phone();
            TextField name = new TextField(getTranslation("enterprise.field.contactName"));
            name.addClassName("contact-name");
            TextField role = new TextField(getTranslation("enterprise.field.contactRole"));
            role.addClassName("contact-role");
            TextField phone = new TextField(getTranslation("enterprise.field.contactPhone"));
            phone.addClassName("contact-phone");
            rowBinder.forField(name).withNullRepresentation("").withValidator(validation.property(Contact.class, "name"))
                    .bind(b -> b.name, (b, v) -> b.name = v);
            rowBinder.forField(role).withNullRepresentation("").withValidator(validation.property(Contact.class, "role"))
                    .bind(b -> b.role, (b, v) -> b.role = v);
            rowBinder.forField(phone).withNullRepresentation("").withValidator(validation.property(Contact.class, "phone"))
                    .bind(b -> b.phone, (b, v) -> b.phone = v);
            rowBinder.setBean(bean);
            Button remove = new Button(new Icon(VaadinIcon.TRASH), click -> {
                contacts.remove(this);
                contactRows.remove(this);
            });
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(name, role, phone, remove);
        }

        boolean validate() {
            return rowBinder.validate().isOk();
        }

        Contact value() {
            return new Contact(bean.name.strip(), bean.role == null || bean.role.isBlank() ? null : bean.role.strip(), bean.phone.strip());
        }
    }

    /** The row binder's own copy of a contact (records cannot be bound field by field). */
    private static final class ContactBean {
        String name;
        String role;
        String phone;
    }
}
