package org.wanqi.risk.api;

import java.io.IOException;
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
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wanqi.base.api.ApiLocale;
import org.wanqi.base.api.ProblemResponses;
import org.wanqi.base.validation.PlainText;
import org.wanqi.files.Attachment;
import org.wanqi.files.FileService;
import org.wanqi.files.api.UploadAnswers;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskRefusedException;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;

/** Risks for the mobile app and integrations: scoped reads and lifecycle moves. */
@RestController
@RequestMapping("/api/v1/risks")
@Validated
@Tag(name = "risks", description = "Risks (隐患) and their rectification to closure")
@SecurityRequirement(name = "bearer")
class RiskController {

    private final RiskService risks;
    private final FileService files;
    private final ProblemResponses problems;

    RiskController(RiskService risks, FileService files, ProblemResponses problems) {
        this.risks = risks;
        this.files = files;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Risks in the caller's scope: open ones by nearest deadline, then closed ones latest first; dueSoon: open and due within 3 days")
    PageResponse list(@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) Boolean overdue,
                      @RequestParam(required = false) String enterpriseId, @RequestParam(required = false) Severity severity,
                      @RequestParam(required = false) RiskCategory category, @RequestParam(required = false) String regionCode,
                      @RequestParam(required = false) String officer, @RequestParam(required = false) Boolean dueSoon,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        RiskFilter filter = new RiskFilter(status, overdue, enterpriseId, severity, category, regionCode, officer, dueSoon);
        return new PageResponse(risks.page(filter, PageRequest.of(page, size)).getContent(), page, size, risks.count(filter));
    }

    @GetMapping("/{id}")
    RiskDetails get(@PathVariable String id) {
        return risks.get(id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add evidence (multipart field 'file'), then cite its id in a transition; too large 413, wrong type 415")
    ResponseEntity<Attachment> attach(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
        return UploadAnswers.attach(files, file, upload -> risks.attach(id, upload));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Move a risk (acknowledge, submit evidence, verify, reject); 409 when illegal now or stale")
    RiskDetails transition(@PathVariable String id, @Valid @RequestBody TransitionRequest request) {
        return risks.transition(id, request.to(), request.reason(), request.evidenceIds(), request.version());
    }

    @PostMapping("/{id}/evidence")
    @Operation(summary = "Submit the rectification: what was done and the evidence files uploaded to /attachments "
            + "(RECTIFYING → PENDING_VERIFICATION); 409 when the risk is not being rectified or is stale")
    RiskDetails evidence(@PathVariable String id, @Valid @RequestBody EvidenceRequest request) {
        return risks.transition(id, RiskStatus.PENDING_VERIFICATION, request.text(), request.attachmentIds(), request.version());
    }

    /** An illegal move, or a move made on a version someone else has since replaced. */
    @ExceptionHandler({RiskRefusedException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e, HttpServletRequest request) {
        return e instanceof RiskRefusedException domain
                ? problems.respond(HttpStatus.CONFLICT, "domain", request,
                        problems.message(domain.messageKey(), ApiLocale.of(request), domain.args()))
                : problems.respond(HttpStatus.CONFLICT, "conflict", request);
    }

    record TransitionRequest(@NotNull RiskStatus to, @Size(max = 2000) @PlainText String reason,
                             @Size(max = 20) List<String> evidenceIds, @NotNull Long version) {
    }

    record EvidenceRequest(@NotBlank @Size(max = 2000) @PlainText String text, @Size(max = 20) List<String> attachmentIds,
                           @NotNull Long version) {
    }

    record PageResponse(List<RiskDetails> items, int page, int size, long total) {
    }
}
