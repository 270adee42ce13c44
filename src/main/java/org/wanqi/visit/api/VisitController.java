package org.wanqi.visit.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.visit.IdempotencyConflictException;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;

/** Visits for the mobile enforcement app: idempotent submission, scoped reads. */
@RestController
@RequestMapping("/api/v1/visits")
@Validated
@Tag(name = "visits", description = "Outreach visits (走访/检查记录)")
@SecurityRequirement(name = "bearer")
class VisitController {

    private final VisitService visits;
    private final ProblemResponses problems;

    VisitController(VisitService visits, ProblemResponses problems) {
        this.visits = visits;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Submit a visit; retries with the same Idempotency-Key return the same visit (200)")
    ResponseEntity<VisitDetails> submit(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9-]{8,64}") String idempotencyKey,
            @Valid @RequestBody VisitDraft draft) {
        VisitService.Submitted submitted = visits.submit(draft, idempotencyKey, "api");
        URI location = URI.create("/api/v1/visits/" + submitted.visit().id());
        return submitted.created()
                ? ResponseEntity.created(location).body(submitted.visit())
                : ResponseEntity.ok().location(location).body(submitted.visit());
    }

    @GetMapping("/{id}")
    VisitDetails get(@PathVariable String id) {
        return visits.get(id);
    }

    @GetMapping
    @Operation(summary = "Visits in the caller's scope, newest first; from/to are inclusive dates in the business time zone")
    PageResponse list(@RequestParam(required = false) String enterpriseId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<VisitDetails> items = visits.page(enterpriseId, from, to, PageRequest.of(page, size)).getContent();
        return new PageResponse(items, page, size, visits.count(enterpriseId, from, to));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> reusedKey(HttpServletRequest request) {
        return problems.respond(HttpStatus.CONFLICT, "idempotency-conflict", request);
    }

    record PageResponse(List<VisitDetails> items, int page, int size, long total) {
    }
}
