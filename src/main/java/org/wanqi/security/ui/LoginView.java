package org.wanqi.security.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;
import org.wanqi.base.i18n.Translations;
import org.wanqi.base.ui.LanguageChoice;
import org.wanqi.security.LoginThrottledException;

/** Sign-in, in Chinese or English; says why a sign-in failed (wrong password, or locked for a while). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final transient Clock clock;

    LoginView(Clock clock) {
        this.clock = clock;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        add(form, languageToggle());
    }

    private Button languageToggle() {
        boolean english = Translations.ENGLISH.equals(Translations.supported(getLocale()));
        Locale other = english ? Translations.CHINESE : Translations.ENGLISH;
        Button toggle = new Button(getTranslation("language." + other.getLanguage()),
                click -> LanguageChoice.switchBeforeSignIn(other));
        toggle.setId("login-language");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailure() instanceof LoginThrottledException locked) {
                long minutes = Math.max(1, Duration.between(clock.instant(), locked.lockedUntil()).toMinutes() + 1);
                form.setI18n(i18n(getTranslation("login.locked.title"), getTranslation("login.locked.message", minutes)));
            }
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.setAdditionalInformation(getTranslation("login.info"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
