package org.wanqi.security.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.wanqi.organization.Unit;
import org.wanqi.security.EnterpriseDirectory;
import org.wanqi.security.EnterpriseDirectory.EnterpriseRef;
import org.wanqi.security.Role;
import org.wanqi.security.UserDraft;

/**
 * Edits a copy of a user's draft. It checks the same rules the service enforces, as the user types,
 * and hands a valid copy to {@code onValid}; it never calls a service itself.
 */
class UserForm extends FormLayout {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<EnterpriseRef> enterprise = new ComboBox<>();
    private final TextField certificate = new TextField();
    private final DatePicker certificateValidUntil = new DatePicker();
    private final Binder<UserDraft> binder = new Binder<>(UserDraft.class);

    /**
     * @param units       the units to choose from
     * @param enterprises where the enterprise picker looks enterprises up, lazily, by the text typed
     * @param creating    whether the username may be set (only when creating)
     */
    UserForm(List<Unit> units, EnterpriseDirectory enterprises, boolean creating) {
        username.setLabel(getTranslation("user.username"));
        username.setReadOnly(!creating);
        username.setId("user-username");
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        unit.setLabel(getTranslation("user.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.displayName(getLocale()));
        unit.setClearButtonVisible(true);
        enterprise.setLabel(getTranslation("user.enterprise"));
        enterprise.setItems(query -> enterprises.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        enterprise.setItemLabelGenerator(EnterpriseRef::name);
        enterprise.setClearButtonVisible(true);
        certificate.setLabel(getTranslation("user.certificate"));
        certificate.setId("user-certificate");
        certificateValidUntil.setLabel(getTranslation("user.certificate-valid-until"));
        certificateValidUntil.setId("user-certificate-valid-until");

        binder.forField(username)
                .withValidator(value -> UserDraft.USERNAME.matcher(value.trim()).matches(), getTranslation("user.error.username"))
                .bind(UserDraft::getUsername, UserDraft::setUsername);
        binder.forField(displayName)
                .withValidator(value -> UserDraft.DISPLAY_NAME.matcher(value.trim()).matches(), getTranslation("user.error.display-name"))
                .bind(UserDraft::getDisplayName, UserDraft::setDisplayName);
        binder.forField(roles)
                .withValidator(value -> !value.isEmpty(), getTranslation("user.error.roles"))
                .bind(UserDraft::getRoles, UserDraft::setRoles);
        binder.forField(unit)
                .bind(draft -> units.stream().filter(u -> u.id().equals(draft.getUnitId())).findFirst().orElse(null),
                        (draft, value) -> draft.setUnitId(value == null ? null : value.id()));
        binder.forField(enterprise)
                .bind(draft -> enterprises.find(draft.getEnterpriseId()).orElse(null),
                        (draft, value) -> draft.setEnterpriseId(value == null ? null : value.id()));
        binder.forField(certificate)
                .withNullRepresentation("")
                .withValidator(value -> value == null || UserDraft.CERTIFICATE.matcher(value.trim()).matches(),
                        getTranslation("user.error.certificate"))
                .bind(UserDraft::getCertificateNumber, UserDraft::setCertificateNumber);
        Binder.Binding<UserDraft, LocalDate> validity = binder.forField(certificateValidUntil)
                .withValidator(value -> value != null || certificate.getValue().isBlank(),
                        getTranslation("user.error.certificate-valid-until"))
                .bind(UserDraft::getCertificateValidUntil, UserDraft::setCertificateValidUntil);
        certificate.addValueChangeListener(event -> validity.validate());
        roles.addValueChangeListener(event -> showScopeFields(event.getValue()));

        add(username, displayName, roles, unit, enterprise, certificate, certificateValidUntil);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        setColspan(roles, 2);
    }

    /** Shows a copy of {@code draft}; the original is never touched. */
    void edit(UserDraft draft) {
        UserDraft copy = new UserDraft();
        copy.setUsername(draft.getUsername());
        copy.setDisplayName(draft.getDisplayName());
        copy.setRoles(draft.getRoles());
        copy.setUnitId(draft.getUnitId());
        copy.setEnterpriseId(draft.getEnterpriseId());
        copy.setCertificateNumber(draft.getCertificateNumber());
        copy.setCertificateValidUntil(draft.getCertificateValidUntil());
        binder.readBean(copy);
        showScopeFields(copy.getRoles());
    }

    /** Validates; when valid, hands a new draft with the form's values to {@code onValid}. */
    void submit(Consumer<UserDraft> onValid) {
        UserDraft draft = new UserDraft();
        try {
            binder.writeBean(draft);
            onValid.accept(draft);
        } catch (ValidationException invalid) {
            // the fields show what is wrong
        }
    }

    private void showScopeFields(Collection<Role> selected) {
        boolean enterpriseUser = selected.contains(Role.ENTERPRISE);
        enterprise.setVisible(enterpriseUser);
        unit.setVisible(!enterpriseUser);
        certificate.setVisible(!enterpriseUser);
        certificateValidUntil.setVisible(!enterpriseUser);
    }
}
