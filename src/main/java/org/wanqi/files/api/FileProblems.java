package org.wanqi.files.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.wanqi.base.api.ApiLocale;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.files.FileRejectedException;
import org.wanqi.files.FileService;

/**
 * A refused file, wherever it was uploaded: too large → 413, not a photo or PDF → 415, too many on
 * one visit or risk → 409; each with the reason in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileProblems {

    private final ProblemResponses problems;
    private final FileService files;

    FileProblems(ProblemResponses problems, FileService files) {
        this.problems = problems;
        this.files = files;
    }

    @ExceptionHandler(FileRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(FileRejectedException e, HttpServletRequest request) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY -> HttpStatus.CONFLICT;
        };
        return problems.respond(status, "file-rejected", request, problems.message(e.messageKey(), ApiLocale.of(request), e.args()));
    }

    /** The multipart request itself was larger than the server reads at all. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return rejected(new FileRejectedException(FileRejectedException.Reason.TOO_LARGE, files.maxSize() / (1024 * 1024)), request);
    }
}
