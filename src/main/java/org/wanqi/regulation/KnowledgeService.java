package org.wanqi.regulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.validation.Checks;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;

/**
 * Knowledge articles: trainers (and administrators) write them, publish them and withdraw them;
 * everyone signed in reads the published ones. A draft or an archived article does not exist for
 * other readers. Every save is a revision; the changes between two are a line diff.
 */
@Service
public class KnowledgeService {

    /** Which articles a list shows. {@code text} matches the title; null fields match everything. */
    public record Filter(String text, KnowledgeState state, KnowledgeTopic topic) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    private static final String ENTITY = "knowledge-article";

    private final MongoTemplate mongo;
    private final KnowledgeBaseChanges changes;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeService(MongoTemplate mongo, KnowledgeBaseChanges changes, CurrentUser currentUser, Validator validator,
                     ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.changes = changes;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** A new article, as a draft. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public KnowledgeArticleDetails create(KnowledgeDraft draft) {
        Checks.requireValid(validator, draft);
        WanqiUser user = currentUser.require();
        Instant now = clock.instant();
        KnowledgeArticle article = new KnowledgeArticle();
        article.id = new ObjectId().toHexString();
        article.state = KnowledgeState.DRAFT;
        article.author = user.getUsername();
        article.authorName = user.displayName();
        article.createdAt = now;
        article.revise(draft, user.getUsername(), user.displayName(), now);
        article = mongo.insert(article);
        written(article, "created");
        return KnowledgeArticleDetails.of(article);
    }

    /**
     * Saves new content as the next revision (nothing when it is the same). {@code expectedVersion}
     * is the version the trainer opened: if someone saved since, nothing changes.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public KnowledgeArticleDetails update(String id, KnowledgeDraft draft, long expectedVersion) {
        Checks.requireValid(validator, draft);
        KnowledgeArticle article = loadAt(id, expectedVersion);
        WanqiUser user = currentUser.require();
        if (article.revise(draft, user.getUsername(), user.displayName(), clock.instant())) {
            article = mongo.save(article);
            written(article, "revised");
        }
        return KnowledgeArticleDetails.of(article);
    }

    /** Publishes, archives, or takes back to draft (see {@link KnowledgeState#moves()}). */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public KnowledgeArticleDetails moveTo(String id, KnowledgeState to, long expectedVersion) {
        KnowledgeArticle article = loadAt(id, expectedVersion);
        article.moveTo(to, clock.instant());
        article = mongo.save(article);
        written(article, to.name().toLowerCase(java.util.Locale.ROOT));
        return KnowledgeArticleDetails.of(article);
    }

    /** Whether the caller may write knowledge articles (a trainer or an administrator). */
    @PreAuthorize("isAuthenticated()")
    public boolean canWrite() {
        return writer();
    }

    @PreAuthorize("isAuthenticated()")
    public KnowledgeArticleDetails get(String id) {
        return KnowledgeArticleDetails.of(load(id));
    }

    /** Articles, most recently changed first; readers other than trainers see the published ones only. */
    @PreAuthorize("isAuthenticated()")
    public Slice<KnowledgeArticleDetails> page(Filter filter, Pageable pageable) {
        Query query = query(filter).with(Sort.by(Sort.Direction.DESC, "updatedAt"));
        return Slices.find(mongo, query, pageable, KnowledgeArticle.class).map(KnowledgeArticleDetails::of);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(Filter filter) {
        return mongo.count(query(filter), KnowledgeArticle.class);
    }

    /** Published articles on any of {@code topics}, newest first: what an enterprise should read. */
    @PreAuthorize("isAuthenticated()")
    public List<KnowledgeArticleDetails> publishedOn(Collection<KnowledgeTopic> topics, int limit) {
        Query query = Query.query(Criteria.where("state").is(KnowledgeState.PUBLISHED).and("topics").in(topics))
                .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit);
        return mongo.find(query, KnowledgeArticle.class).stream().map(KnowledgeArticleDetails::of).toList();
    }

    /** What changed from revision {@code from} to revision {@code to} of the body, line by line. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public List<LineDiff.Line> changes(String id, int from, int to) {
        KnowledgeArticle article = load(id);
        return LineDiff.of(revision(article, from).body(), revision(article, to).body());
    }

    /** The published ones among {@code ids} (the search index follows them). */
    @PreAuthorize("isAuthenticated()")
    public List<KnowledgeArticleDetails> published(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids).and("state").is(KnowledgeState.PUBLISHED));
        return mongo.find(query, KnowledgeArticle.class).stream().map(KnowledgeArticleDetails::of).toList();
    }

    /** Every published article (rebuilding the index). */
    @PreAuthorize("isAuthenticated()")
    public void forEachPublished(Consumer<KnowledgeArticleDetails> action) {
        mongo.find(Query.query(Criteria.where("state").is(KnowledgeState.PUBLISHED)), KnowledgeArticle.class)
                .forEach(article -> action.accept(KnowledgeArticleDetails.of(article)));
    }

    private static KnowledgeArticle.Revision revision(KnowledgeArticle article, int number) {
        if (number < 1 || number > article.revisions.size()) {
            throw new DomainException("knowledge.error.revision", number);
        }
        return article.revisions.get(number - 1);
    }

    private Query query(Filter filter) {
        Query query = new Query();
        KnowledgeState state = writer() ? filter.state() : KnowledgeState.PUBLISHED;
        if (state != null) {
            query.addCriteria(Criteria.where("state").is(state));
        }
        if (filter.topic() != null) {
            query.addCriteria(Criteria.where("topics").is(filter.topic()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.addCriteria(Criteria.where("title").regex(Pattern.compile(Pattern.quote(filter.text().strip()))));
        }
        return query;
    }

    private boolean writer() {
        Set<Role> roles = currentUser.require().roles();
        return roles.contains(Role.TRAINER) || roles.contains(Role.ADMIN);
    }

    private KnowledgeArticle loadAt(String id, long expectedVersion) {
        KnowledgeArticle article = load(id);
        if (article.version == null || article.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Knowledge article " + id + " changed since version " + expectedVersion);
        }
        return article;
    }

    private KnowledgeArticle load(String id) {
        KnowledgeArticle article = id == null ? null : mongo.findById(id, KnowledgeArticle.class);
        if (article == null || article.state != KnowledgeState.PUBLISHED && !writer()) {
            throw new NotFoundException("Knowledge article " + id);
        }
        return article;
    }

    private void written(KnowledgeArticle article, String action) {
        events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), ENTITY, article.id, action));
        changes.written(RegulationsChanged.ofKnowledge(List.of(article.id)));
    }
}
