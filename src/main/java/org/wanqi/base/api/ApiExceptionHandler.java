package org.wanqi.base.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.i18n.Translations;

/**
 * Turns every failure of a REST controller into {@code application/problem+json}: validation
 * failures carry {@code errors: [{field, message}]}, unreadable JSON is a 400 (never a 500).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ProblemResponses problems;

    ApiExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return respond(problems.problem(HttpStatus.BAD_REQUEST, "malformed", locale(request)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "validation", locale(request));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return respond(problem, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, NativeWebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "validation", locale(request));
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList());
        return respond(problem, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(NativeWebRequest request) {
        return respond(problems.problem(HttpStatus.FORBIDDEN, "forbidden", locale(request)), request);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domainRule(DomainException ex, NativeWebRequest request) {
        Locale locale = locale(request);
        String reason = problems.message(ex.messageKey(), locale, ex.args());
        return respond(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "domain", locale, reason), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NativeWebRequest request) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", locale(request)), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict(NativeWebRequest request) {
        return respond(problems.problem(HttpStatus.CONFLICT, "conflict", locale(request)), request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (servletRequest != null) {
            problem.setInstance(URI.create(servletRequest.getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static Locale locale(WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servletRequest == null ? Translations.CHINESE : ApiLocale.of(servletRequest);
    }
}
