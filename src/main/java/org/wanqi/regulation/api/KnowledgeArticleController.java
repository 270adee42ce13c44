package org.wanqi.regulation.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeTopic;

/** Trainers' knowledge articles: published ones for everyone signed in, drafts and archived ones for trainers. */
@RestController
@RequestMapping("/api/v1/knowledge-articles")
@Validated
@Tag(name = "knowledge", description = "Explanatory articles written by trainers")
@SecurityRequirement(name = "bearer")
class KnowledgeArticleController {

    private final KnowledgeService knowledge;

    KnowledgeArticleController(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article: Markdown body, sanitized HTML, tags, topics, cited articles, revisions")
    KnowledgeArticleDetails get(@PathVariable String id) {
        return knowledge.get(id);
    }

    @GetMapping
    @Operation(summary = "Articles, most recently changed first; optionally on one topic")
    PageResponse list(@RequestParam(required = false) KnowledgeTopic topic,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        KnowledgeService.Filter filter = new KnowledgeService.Filter(null, null, topic);
        return new PageResponse(knowledge.page(filter, PageRequest.of(page, size)).getContent(), page, size, knowledge.count(filter));
    }

    record PageResponse(List<KnowledgeArticleDetails> items, int page, int size, long total) {
    }
}
