package org.wanqi.regulation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;

/**
 * The starting knowledge articles of {@code seed/knowledge-articles.json} — what enterprises most
 * often get wrong, each citing the statute articles it explains — published on a fresh
 * installation (every installation, not only the demo: they are the project's own content).
 */
@Component
@Order(SeedOrder.KNOWLEDGE)
class KnowledgeSeed implements ApplicationRunner {

    static final String FILE = "knowledge-articles.json";
    private static final String AUTHOR = "system";

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final KnowledgeBaseChanges changes;
    private final Clock clock;

    KnowledgeSeed(MongoTemplate mongo, SeedFiles seed, KnowledgeBaseChanges changes, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mongo.count(new Query(), KnowledgeArticle.class) > 0) {
            return;
        }
        Instant now = clock.instant();
        List<KnowledgeArticle> articles = seed.read(FILE, Entry.class).stream().map(entry -> entry.article(now)).toList();
        mongo.insertAll(articles);
        changes.written(RegulationsChanged.ofKnowledge(articles.stream().map(article -> article.id).toList()));
    }

    /** One article of the seed file. */
    record Entry(String id, String authorName, String title, Set<KnowledgeTopic> topics, List<String> tags,
                 List<String> citations, String body) {

        KnowledgeArticle article(Instant now) {
            KnowledgeArticle article = new KnowledgeArticle();
            article.id = id;
            article.state = KnowledgeState.PUBLISHED;
            article.author = AUTHOR;
            article.authorName = authorName;
            article.createdAt = now;
            article.publishedAt = now;
            article.revise(new KnowledgeDraft(title, body, tags, topics, citations), AUTHOR, authorName, now);
            return article;
        }
    }
}
