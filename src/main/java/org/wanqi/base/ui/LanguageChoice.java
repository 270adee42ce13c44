package org.wanqi.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.wanqi.base.i18n.Translations;

/** The language picked before signing in: kept in the session, applied to every new UI until a user's own choice takes over. */
public final class LanguageChoice {

    static final String SESSION_ATTRIBUTE = "wanqi.locale";

    private LanguageChoice() {
    }

    /** Switches the current session to {@code locale} and reloads the page in it. */
    public static void switchBeforeSignIn(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, Translations.supported(locale));
        UI.getCurrent().getPage().reload();
    }
}
