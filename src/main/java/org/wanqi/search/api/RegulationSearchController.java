package org.wanqi.search.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationLevel;
import org.wanqi.search.CitationCheck;
import org.wanqi.search.RegulationSearch;
import org.wanqi.search.SearchSuggestions;
import org.wanqi.search.SearchQuery;
import org.wanqi.search.SearchResult;

/** Searching the knowledge base: questions, words, titles and citations (大气法108条). */
@RestController
@RequestMapping("/api/v1/regulations")
@Validated
@Tag(name = "regulations", description = "Regulations, their articles, and search")
@SecurityRequirement(name = "bearer")
class RegulationSearchController {

    /** Which versions a search covers. */
    enum Scope { current, all }

    private final RegulationSearch search;
    private final SearchSuggestions suggestions;

    RegulationSearchController(RegulationSearch search, SearchSuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @GetMapping("/search")
    @Operation(summary = "Articles for a question, words, a title or a citation; status=current (default) searches the law in force only")
    SearchResponse search(@RequestParam @NotBlank @Size(max = 1000) String q,
                          @RequestParam(defaultValue = "10") @Min(1) @Max(SearchQuery.MAX_LIMIT) int limit,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int offset,
                          @RequestParam(defaultValue = "current") Scope status,
                          @RequestParam(required = false) RegulationLevel level,
                          @RequestParam(required = false) KnowledgeTopic topic,
                          @RequestParam(required = false) @Size(max = 100) String authority) {
        SearchResult result = search.ask(new SearchQuery(q, status == Scope.all, level, topic, authority, offset, limit));
        return new SearchResponse(result.total(), result.hits().stream().map(Hit::of).toList(), result.facets());
    }

    @GetMapping("/suggestions")
    @Operation(summary = "What to offer while typing: regulation titles and short names, knowledge article titles, popular queries")
    List<SearchSuggestions.Suggestion> suggestions(@RequestParam @NotBlank @Size(max = 100) String q,
                                                   @RequestParam(defaultValue = "8") @Min(1) @Max(20) int limit) {
        return suggestions.suggest(q, limit);
    }

    @GetMapping("/citations/check")
    @Operation(summary = "Which article a citation (大气法108条) names, and whether it is in force")
    CitationCheck check(@RequestParam @NotBlank @Size(max = 200) String text) {
        return search.check(text);
    }

    record SearchResponse(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    /**
     * One hit; {@code snippet} is HTML-escaped text with matches in {@code <mark>}. A knowledge article
     * ({@code kind = knowledge}) has an empty {@code law} and {@code articleNo}; its {@code title} is its own.
     */
    record Hit(String id, String kind, String law, String articleNo, String title, String snippet, float score, String status,
               String versionDate) {
        static Hit of(SearchResult.Hit hit) {
            return new Hit(hit.id(), hit.kind(), hit.law(), hit.articleNo(), hit.title(), hit.snippet(), hit.score(), hit.status(),
                    hit.versionDate());
        }
    }
}
