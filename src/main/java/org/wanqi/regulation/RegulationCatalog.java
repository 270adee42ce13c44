package org.wanqi.regulation;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.NotFoundException;

/** Reads regulations and their articles: for everyone signed in (the law is public). */
@Service
public class RegulationCatalog {

    private final MongoTemplate mongo;

    RegulationCatalog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PreAuthorize("isAuthenticated()")
    public RegulationDetails regulation(String id) {
        Regulation regulation = id == null ? null : mongo.findById(id, Regulation.class);
        if (regulation == null) {
            throw new NotFoundException("Regulation " + id);
        }
        return RegulationDetails.of(regulation);
    }

    @PreAuthorize("isAuthenticated()")
    public List<RegulationDetails> regulations() {
        return mongo.find(new Query().with(Sort.by("title")), Regulation.class).stream().map(RegulationDetails::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public ArticleDetails article(String id) {
        LawArticle article = id == null ? null : mongo.findById(id, LawArticle.class);
        if (article == null) {
            throw new NotFoundException("Article " + id);
        }
        return ArticleDetails.of(article);
    }

    /** The articles of one version of a regulation, in their order. */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleDetails> articlesOf(String regulationId, java.time.LocalDate version) {
        return mongo.find(Query.query(Criteria.where("regulationId").is(regulationId).and("versionDate").is(version)),
                LawArticle.class).stream().map(ArticleDetails::of)
                .sorted(java.util.Comparator.comparingInt(ArticleDetails::ordinal)).toList();
    }

    /** The articles among {@code ids} that exist (the search index follows them). */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleDetails> articles(java.util.Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), LawArticle.class).stream().map(ArticleDetails::of).toList();
    }

    /** Every article, streamed (rebuilding the index). */
    @PreAuthorize("isAuthenticated()")
    public void forEachArticle(Consumer<ArticleDetails> action) {
        // batches: the whole collection in one reply would exceed the wire protocol's message size
        try (var stream = mongo.stream(new Query().cursorBatchSize(2_000), LawArticle.class)) {
            stream.map(ArticleDetails::of).forEach(action);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public long articleCount() {
        return mongo.estimatedCount(LawArticle.class);
    }
}
