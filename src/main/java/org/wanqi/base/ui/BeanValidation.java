package org.wanqi.base.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.validation.ConstraintViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Field validators for Vaadin binders that use the application's bean validation (the same
 * constraints, messages and injected validators the services and the REST API use), with
 * messages in the UI's language.
 */
@Component
public class BeanValidation {

    private final jakarta.validation.Validator validator;

    BeanValidation(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /** Checks one property of {@code beanType} against its constraints. */
    public <B, T> Validator<T> property(Class<B> beanType, String property) {
        return (value, context) -> {
            Locale previous = LocaleContextHolder.getLocale();
            UI ui = UI.getCurrent();
            LocaleContextHolder.setLocale(ui == null ? previous : ui.getLocale());
            try {
                Set<? extends ConstraintViolation<?>> violations = validator.validateValue(beanType, property, value);
                return violations.isEmpty()
                        ? ValidationResult.ok()
                        : ValidationResult.error(violations.iterator().next().getMessage());
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
        };
    }
}
