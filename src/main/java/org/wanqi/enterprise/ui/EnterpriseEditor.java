package org.wanqi.enterprise.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.wanqi.base.ui.BeanValidation;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseDraft;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.organization.Unit;

/** A dialog to create an enterprise, or to edit one at the version the user saw. */
class EnterpriseEditor extends Dialog {

    EnterpriseEditor(EnterpriseService enterprises, List<Unit> units, BeanValidation validation,
                     EnterpriseDetails existing, Consumer<EnterpriseDetails> onSaved) {
        List<Unit> counties = units.stream().filter(u -> u.level() == Unit.Level.COUNTY).toList();
        EnterpriseForm form = new EnterpriseForm(counties, new EnterpriseLabels(this, units), validation);
        form.edit(existing == null ? new EnterpriseDraft() : EnterpriseDraft.of(existing));
        setHeaderTitle(getTranslation(existing == null ? "enterprise.new" : "enterprise.edit"));
        setWidth("min(860px, 100vw)");
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> form.submit(draft -> {
            EnterpriseDetails saved = existing == null
                    ? enterprises.create(draft)
                    : enterprises.update(existing.id(), draft, existing.version());
            Notification.show(getTranslation("enterprise.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onSaved.accept(saved);
        }));
        save.setId("enterprise-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
