package org.wanqi.base.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.wanqi.base.i18n.Translations;

/** The language of an API answer: from {@code Accept-Language}, Chinese when the client names none we speak. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Translations.CHINESE : Translations.supported(request.getLocale());
    }
}
