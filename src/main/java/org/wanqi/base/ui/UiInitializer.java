package org.wanqi.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.wanqi.base.DomainException;
import org.wanqi.base.i18n.Translations;

/**
 * Sets every new UI's language (the user's remembered choice, else the one picked on the sign-in
 * page, else Chinese) and installs the one session error handler: a rule that said no, a
 * concurrent edit or a denied action becomes a clear notification; anything else is logged and
 * shown as a generic error.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitializer.class);

    private final ShellContext shell;

    UiInitializer(ShellContext shell) {
        this.shell = shell;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
        event.getSource().addUIInitListener(init -> {
            Locale locale = initialLocale(init.getUI().getSession());
            init.getUI().setLocale(locale);
            init.getUI().getElement().setAttribute("lang", locale.toLanguageTag());
        });
    }

    private Locale initialLocale(VaadinSession session) {
        return shell.currentUser()
                .map(ShellContext.ShellUser::locale)
                .orElseGet(() -> session.getAttribute(LanguageChoice.SESSION_ATTRIBUTE) instanceof Locale chosen ? chosen : Translations.CHINESE);
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        Throwable cause = rootCause(event.getThrowable());
        String message;
        if (cause instanceof DomainException domain) {
            message = ui.getTranslation(domain.messageKey(), domain.args());
        } else if (cause instanceof ConstraintViolationException invalid) {
            message = invalid.getConstraintViolations().stream()
                    .map(violation -> violation.getPropertyPath() + "：" + violation.getMessage())
                    .sorted().collect(java.util.stream.Collectors.joining("；"));
        } else if (cause instanceof OptimisticLockingFailureException) {
            message = ui.getTranslation("error.conflict");
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("error.forbidden");
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof DomainException)
                && !(current instanceof OptimisticLockingFailureException) && !(current instanceof AccessDeniedException)
                && !(current instanceof ConstraintViolationException)) {
            current = current.getCause();
        }
        return current;
    }
}
