package org.wanqi.regulation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A knowledge article as the views, the REST API and the search index read it.
 *
 * @param html      the body rendered and sanitized (safe to show)
 * @param text      the body without markup
 * @param revisions who saved what when, newest last
 */
public record KnowledgeArticleDetails(String id, String title, String body, String html, String text, List<String> tags,
                                      Set<KnowledgeTopic> topics, List<String> citations, KnowledgeState state,
                                      String authorName, Instant publishedAt, Instant updatedAt, long version,
                                      List<RevisionSummary> revisions) {

    /** One saved revision. */
    public record RevisionSummary(int number, String authorName, Instant at) {
    }

    static KnowledgeArticleDetails of(KnowledgeArticle a) {
        return new KnowledgeArticleDetails(a.id, a.title, a.body, Markdown.html(a.body), Markdown.text(a.body),
                List.copyOf(a.tags), Set.copyOf(a.topics), List.copyOf(a.citations), a.state, a.authorName, a.publishedAt,
                a.updatedAt, a.version == null ? 0 : a.version,
                a.revisions.stream().map(r -> new RevisionSummary(r.number(), r.authorName(), r.at())).toList());
    }
}
