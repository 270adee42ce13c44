package org.wanqi.base.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.wanqi.base.i18n.Translations;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents with localized titles and details, for controllers and for the
 * security filters that answer before any controller runs.
 */
@Component
public class ProblemResponses {

    private final Translations translations;
    private final JsonMapper json;

    ProblemResponses(Translations translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /** A problem whose title is {@code problem.<code>.title} and detail {@code problem.<code>.detail}. */
    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... detailArgs) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                translations.getTranslation("problem." + code + ".detail", locale, detailArgs));
        problem.setTitle(translations.getTranslation("problem." + code + ".title", locale));
        problem.setType(URI.create("urn:wanqi:problem:" + code));
        return problem;
    }

    /** A controller's answer: the problem in the caller's language, with this status. */
    public ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, HttpServletRequest request, Object... detailArgs) {
        return ResponseEntity.status(status).body(problem(status, code, ApiLocale.of(request), detailArgs));
    }

    public String message(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** Writes a problem straight to the servlet response (security filters). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problem(status, code, ApiLocale.of(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
