package org.wanqi.enterprise.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseDraft;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;

/** The registry over REST, scoped exactly like the UI. Versions travel as ETags ("3"). */
@RestController
@RequestMapping("/api/v1/enterprises")
@Validated
@Tag(name = "enterprises", description = "The enterprise registry (一企一档)")
@SecurityRequirement(name = "bearer")
class EnterpriseController {

    private final EnterpriseService enterprises;
    private final ProblemResponses problems;

    EnterpriseController(EnterpriseService enterprises, ProblemResponses problems) {
        this.enterprises = enterprises;
        this.problems = problems;
    }

    /** A PUT made on a version someone else has since replaced. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        return problems.respond(HttpStatus.PRECONDITION_FAILED, "stale", request);
    }

    @GetMapping
    @Operation(summary = "Enterprises in the caller's scope, filtered and paged (page is 0-based)")
    PageResponse list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                      @RequestParam(required = false) PollutionCategory category,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        EnterpriseFilter filter = new EnterpriseFilter(q, region, category, null, null, null);
        List<EnterpriseDetails> items = enterprises.page(filter, PageRequest.of(page, size)).getContent();
        return new PageResponse(items, page, size, enterprises.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enterprise; 404 when it does not exist or is outside the caller's scope")
    ResponseEntity<EnterpriseDetails> get(@PathVariable String id) {
        EnterpriseDetails details = enterprises.get(id);
        return ResponseEntity.ok().eTag(etag(details)).body(details);
    }

    @PostMapping
    @Operation(summary = "Register an enterprise")
    ResponseEntity<EnterpriseDetails> create(@Valid @RequestBody EnterpriseDraft draft) {
        EnterpriseDetails created = enterprises.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id())).eTag(etag(created)).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an enterprise; send the version you read as If-Match (412 when it is stale)")
    ResponseEntity<EnterpriseDetails> update(@PathVariable String id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody EnterpriseDraft draft) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match with the version read is required");
        }
        long expected;
        try {
            expected = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match must be the version read, e.g. \"3\"");
        }
        EnterpriseDetails updated = enterprises.update(id, draft, expected);
        return ResponseEntity.ok().eTag(etag(updated)).body(updated);
    }

    private static String etag(EnterpriseDetails details) {
        return "\"" + details.version() + "\"";
    }

    record PageResponse(List<EnterpriseDetails> items, int page, int size, long total) {
    }
}
