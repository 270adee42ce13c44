package org.wanqi.regulation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wanqi.base.NotFoundException;
import org.wanqi.regulation.ArticleDetails;
import org.wanqi.regulation.RegulationCatalog;
import org.wanqi.regulation.RegulationDetails;

/** Regulations and their articles, for everyone signed in. */
@RestController
@RequestMapping("/api/v1/regulations")
@Tag(name = "regulations", description = "Regulations, their articles, and search")
@SecurityRequirement(name = "bearer")
class RegulationController {

    private final RegulationCatalog catalog;

    RegulationController(RegulationCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{id}")
    @Operation(summary = "An article (a search hit's id) with its regulation, or a regulation with its versions")
    Object get(@PathVariable String id) {
        try {
            ArticleDetails article = catalog.article(id);
            return new ArticleResponse(article, catalog.regulation(article.regulationId()));
        } catch (NotFoundException notAnArticle) {
            return catalog.regulation(id);
        }
    }

    /** An article and the regulation it belongs to. */
    record ArticleResponse(ArticleDetails article, RegulationDetails regulation) {
    }
}
