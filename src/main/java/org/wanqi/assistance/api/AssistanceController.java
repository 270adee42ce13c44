package org.wanqi.assistance.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.assistance.AssistanceDetails;
import org.wanqi.assistance.AssistanceDraft;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.assistance.AssistanceStatus;
import org.wanqi.base.validation.PlainText;

/** Help requests: enterprises file them for themselves; officers of their unit accept or decline them. */
@RestController
@RequestMapping("/api/v1/assistance-requests")
@Validated
@Tag(name = "assistance-requests", description = "Help requests (帮扶申请)")
@SecurityRequirement(name = "bearer")
class AssistanceController {

    private final AssistanceService requests;

    AssistanceController(AssistanceService requests) {
        this.requests = requests;
    }

    @PostMapping
    @Operation(summary = "An enterprise user asks for help (for their own enterprise; no enterprise id is taken)")
    ResponseEntity<AssistanceDetails> submit(@Valid @RequestBody AssistanceDraft draft) {
        AssistanceDetails created = requests.submit(draft);
        return ResponseEntity.created(URI.create("/api/v1/assistance-requests/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Requests in the caller's scope, newest first")
    PageResponse list(@RequestParam(required = false) AssistanceStatus status,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PageResponse(requests.page(status, PageRequest.of(page, size)).getContent(), page, size,
                requests.count(status));
    }

    @GetMapping("/{id}")
    AssistanceDetails get(@PathVariable String id) {
        return requests.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "An officer takes the request on; 409 when it changed since the version sent")
    AssistanceDetails accept(@PathVariable String id, @Valid @RequestBody Answer answer) {
        return requests.accept(id, answer.text(), answer.version());
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "An officer declines the request with a reason the enterprise sees")
    AssistanceDetails decline(@PathVariable String id, @Valid @RequestBody Answer answer) {
        return requests.decline(id, answer.text(), answer.version());
    }

    record Answer(@Size(max = 2000) @PlainText String text, @NotNull Long version) {
    }

    record PageResponse(List<AssistanceDetails> items, int page, int size, long total) {
    }
}
