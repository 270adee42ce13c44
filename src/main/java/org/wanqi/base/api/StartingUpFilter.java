package org.wanqi.base.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until the application is ready — its start-up work done, such as writing the demo data on a first
 * start, which takes half a minute — every request is answered 503 with a {@code Retry-After}: the
 * API with a problem document, a browser with a page that says so and reloads itself. Without
 * this, the demo logins were refused as wrong passwords while their accounts were still being
 * written. Health probes ({@code /actuator}) are answered as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

    private static final int RETRY_SECONDS = 5;

    private final ApplicationAvailability availability;
    private final ProblemResponses problems;

    StartingUpFilter(ApplicationAvailability availability, ProblemResponses problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || request.getRequestURI().startsWith("/actuator")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "starting");
            return;
        }
        Locale locale = ApiLocale.of(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = HtmlUtils.htmlEscape(problems.message("problem.starting.title", locale));
        String detail = HtmlUtils.htmlEscape(problems.message("problem.starting.detail", locale));
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + title + "</h1><p>" + detail + "</p></body></html>");
    }
}
