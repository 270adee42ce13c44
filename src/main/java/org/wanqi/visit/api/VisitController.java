package org.wanqi.visit.api;

import java.io.IOException;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.base.validation.PlainText;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.api.UploadAnswers;
import org.wanqi.visit.IdempotencyConflictException;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitRatings;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/** Visits for the mobile enforcement app: idempotent submission, scoped reads. */
@RestController
@RequestMapping("/api/v1/visits")
@Validated
@Tag(name = "visits", description = "Outreach visits (走访/检查记录)")
@SecurityRequirement(name = "bearer")
class VisitController {

    private final VisitService visits;
    private final VisitRatings ratings;
    private final FileService files;
    private final ProblemResponses problems;

    VisitController(VisitService visits, VisitRatings ratings, FileService files, ProblemResponses problems) {
        this.visits = visits;
        this.ratings = ratings;
        this.files = files;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Submit a visit; retries with the same Idempotency-Key return the same visit (200)")
    ResponseEntity<VisitDetails> submit(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9-]{8,64}") String idempotencyKey,
            @RequestBody VisitDraft draft) {
        // the service validates the draft (once: it checks whatever its callers checked)
        VisitService.Submitted submitted = visits.submit(draft, idempotencyKey, "api");
        URI location = URI.create("/api/v1/visits/" + submitted.visit().id());
        return submitted.created()
                ? ResponseEntity.created(location).body(submitted.visit())
                : ResponseEntity.ok().location(location).body(submitted.visit());
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a photo or PDF (multipart field 'file'): 201; the same bytes again: 200; too large 413, wrong type 415")
    ResponseEntity<Attachment> attach(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
        return UploadAnswers.attach(files, file, upload -> visits.attach(id, upload));
    }

    @PostMapping("/{id}/supplements")
    @Operation(summary = "Append a correction to a submitted visit (the visit itself never changes); 409 when stale")
    VisitDetails supplement(@PathVariable String id, @Valid @RequestBody SupplementRequest request) {
        return visits.supplement(id, request.text(), request.version());
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
                      @RequestParam(required = false) VisitType type,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        VisitFilter filter = new VisitFilter(enterpriseId, from, to, type);
        List<VisitDetails> items = visits.page(filter, PageRequest.of(page, size)).getContent();
        return new PageResponse(items, page, size, visits.count(filter));
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "The enterprise rates a visit to it (满意度 1–5 and a comment): once, editable for 7 days")
    VisitRatings.Rating rate(@PathVariable String id, @Valid @RequestBody RatingRequest request) {
        return ratings.rate(id, request.score(), request.comment());
    }

    @GetMapping("/{id}/rating")
    @Operation(summary = "The enterprise's rating of a visit; 404 when there is none yet")
    VisitRatings.Rating rating(@PathVariable String id) {
        return ratings.of(id).orElseThrow(() -> new NotFoundException("Rating of " + id));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> reusedKey(HttpServletRequest request) {
        return problems.respond(HttpStatus.CONFLICT, "idempotency-conflict", request);
    }

    record RatingRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 500) @PlainText String comment) {
    }

    record SupplementRequest(@NotBlank @Size(max = 2000) @PlainText String text, @NotNull Long version) {
    }

    record PageResponse(List<VisitDetails> items, int page, int size, long total) {
    }
}
