package org.wanqi.inspection.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.inspection.DrawDetails;
import org.wanqi.inspection.PublicInspections;

/** 一公开 without login: published inspection results, and every draw with its verification. */
@RestController
@RequestMapping("/api/v1/public")
@Validated
@Tag(name = "public", description = "Random inspections published to everyone (双随机、一公开); no token needed")
class PublicInspectionController {

    private final PublicInspections inspections;

    PublicInspectionController(PublicInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/inspections")
    @Operation(summary = "Published inspection results, newest first; each names its drawId")
    PageResponse inspections(@RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PageResponse(inspections.published(PageRequest.of(page, size)).getContent(), page, size,
                inspections.publishedCount());
    }

    @GetMapping("/inspections/figures")
    @Operation(summary = "A quarter's figures per level (drawn, inspected, with problems, published); quarter as 2026-Q4")
    PublicInspections.QuarterFigures figures(@RequestParam @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter) {
        return inspections.quarter(quarter);
    }

    @GetMapping("/draws/{id}")
    @Operation(summary = "A draw: its commitment and inputs from the start; the seed and the result once drawn")
    DrawDetails draw(@PathVariable String id) {
        return inspections.draw(id);
    }

    @PostMapping("/draws/{id}/verify")
    @Operation(summary = "Re-check a draw from its published seed and inputs: {matches: true|false}")
    PublicInspections.Verification verify(@PathVariable String id) {
        return inspections.verify(id);
    }

    record PageResponse(List<PublicInspections.Item> items, int page, int size, long total) {
    }
}
