package org.wanqi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.ChangeFeed;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.regulation.ArticleDetails;
import org.wanqi.regulation.CitationKeys;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.RegulationCatalog;
import org.wanqi.regulation.RegulationDetails;
import org.wanqi.regulation.RegulationsChanged;
import org.wanqi.security.SystemTasks;

/**
 * The Lucene index of the knowledge base — statute articles and published knowledge articles:
 * one writer, searchers refreshed every 200 ms by a background thread (never on a request),
 * commits once a second when something changed. At start it is rebuilt from MongoDB — in the
 * background, with progress in the log — when it is missing, unreadable, was built with another
 * analysis ({@link LegalAnalyzer#VERSION}), or missed changes the {@link ChangeFeed} no longer holds.
 *
 * <p>What this node writes is indexed at once ({@link RegulationsChanged}); what other nodes write
 * arrives through the change feed, followed every second. The feed position is kept in each
 * commit, so after a restart the index applies what it had not yet committed.
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
@Order(SeedOrder.SEARCH)
class RegulationIndex implements ApplicationRunner, DisposableBean, DerivedData {

    private static final Logger log = LoggerFactory.getLogger(RegulationIndex.class);
    private static final String ANALYZER_KEY = "analyzer";
    /** Set in a commit once a rebuild finished: an index a stop cut short is rebuilt on the next start. */
    private static final String COMPLETE_KEY = "complete";
    /** The change feed's entries applied up to (in each commit). */
    private static final String FEED_KEY = "feed";
    private static final int FEED_BATCH = 50;
    private static final Duration QUIET = Duration.ofSeconds(10);
    private static final int MAX_SEGMENTS = 4;

    static final String ID = "id";
    static final String REGULATION = "regulationId";
    static final String LAW = "law";
    /**
     * The law's short title (a knowledge article's own key): a term to filter by, and as its
     * {@link #key} a doc value.
     */
    static final String LAW_KEY = "lawKey";
    static final String NUMBER = "number";
    static final String NUMBER_VALUE = "numberValue";
    static final String NUMBER_SUFFIX = "numberSuffix";
    static final String TEXT = "text";
    static final String STATUS = "status";
    static final String LEVEL = "level";
    static final String VERSION_DATE = "versionDate";
    /**
     * One article across its versions, as the {@link #key} of {@link #group}: hits are collapsed by it.
     */
    static final String GROUP = "group";
    /** {@link #ARTICLE} or {@link #KNOWLEDGE}. */
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TOPIC = "topic";
    static final String AUTHORITY = "authority";
    /** A knowledge article's cited statute articles ({@link CitationKeys}). */
    static final String CITES = "cites";
    /** When a knowledge article was published (epoch milliseconds), to list the newest first. */
    static final String PUBLISHED_AT = "publishedAt";
    static final String ARTICLE = "article";
    static final String KNOWLEDGE = "knowledge";
    /** A knowledge article's status in the index: searched with the law in force. */
    static final String PUBLISHED = "PUBLISHED";

    /** The group of an article: one article of a law across its versions. */
    static String group(String shortTitle, String number) {
        return shortTitle + "#" + number;
    }

    /**
     * A text as a 64-bit number, kept as a doc value for the hits to be compared cheaply (a number is
     * read directly; a text is looked up in a compressed dictionary). Two murmur3 hashes: among some
     * 60,000 keys, the chance that two are alike is about one in ten billion.
     */
    static long key(String text) {
        BytesRef bytes = new BytesRef(text);
        return (long) StringHelper.murmurhash3_x86_32(bytes, 0x5eed) << 32
                | StringHelper.murmurhash3_x86_32(bytes, 0x9e3779b9) & 0xffffffffL;
    }

    private final Analyzer analyzer = new LegalAnalyzer();
    private final SearchProperties properties;
    private final RegulationCatalog catalog;
    private final KnowledgeService knowledge;
    private final CitationResolver citations;
    private final ChangeFeed feed;
    private final SystemTasks system;
    /** Feed entries this node indexed when it wrote them: the follower skips them. */
    private final Set<Long> indexedHere = ConcurrentHashMap.newKeySet();
    private volatile ChangeFeed.Follower follower;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("wanqi-search-index").daemon().factory());
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private Directory directory;
    private IndexWriter writer;
    /** Set once the writer is open: what this node writes can be indexed from then on. */
    private volatile SearcherManager searchers;
    private volatile boolean closing;
    /** When the index last changed (nanoTime), and whether it was compacted since. */
    private volatile long changedAt = System.nanoTime();
    private volatile boolean compacted;

    RegulationIndex(SearchProperties properties, RegulationCatalog catalog, KnowledgeService knowledge,
                    CitationResolver citations, ChangeFeed feed, SystemTasks system) {
        this.properties = properties;
        this.catalog = catalog;
        this.knowledge = knowledge;
        this.citations = citations;
        this.feed = feed;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean rebuild = open();
        background.scheduleWithFixedDelay(this::refresh, 200, 200, TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::followFeed, 1, 1, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(this::commit, 1, 1, TimeUnit.SECONDS);
        if (rebuild) {
            background.execute(this::rebuild);
        } else {
            ready.complete(null);
        }
    }

    /** Opens the writer; true when the index has to be built from MongoDB. */
    private boolean open() throws IOException {
        String why = null;
        if (properties.inMemory()) {
            directory = new ByteBuffersDirectory();
            why = "in memory";
        } else {
            Path dir = properties.dir();
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            why = problemWith(directory);
            if (why != null) {
                clear(dir);
            }
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(why == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        long applied = why == null ? feedPosition(directory) : 0;
        writer = new IndexWriter(directory, config);
        follower = feed.follow(applied);
        commitData(why == null);
        searchers = new SearcherManager(writer, new RegulationSearchers());
        if (why == null) {
            long indexed;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                indexed = reader.numDocs();
            }
            boolean empty = indexed == 0 && system.call(catalog::articleCount) > 0;
            why = empty ? "empty" : null;
        }
        if (why == null && applied < system.call(feed::oldest) - 1) {
            why = "changes since it was last open are no longer in the change feed";
        }
        if (why != null) {
            log.info("The search index in {} will be rebuilt from MongoDB ({})", properties.inMemory() ? "memory" : properties.dir(), why);
        }
        return why != null;
    }

    /** Why the index in {@code directory} cannot be used, or null when it can. */
    private static String problemWith(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "missing";
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            String built = infos.getUserData().get(ANALYZER_KEY);
            if (!LegalAnalyzer.VERSION.equals(built)) {
                return "built with analyzer " + built + ", now " + LegalAnalyzer.VERSION;
            }
            if (!"true".equals(infos.getUserData().get(COMPLETE_KEY))) {
                return "a rebuild did not finish";
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs();
            }
            return null;
        } catch (IOException | RuntimeException unreadable) {
            return "unreadable: " + unreadable;
        }
    }

    private static long feedPosition(Directory directory) throws IOException {
        return Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(FEED_KEY, "0"));
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Rebuilds the whole index from MongoDB; searches meanwhile see what is indexed so far. */
    @Override
    public void rebuild() {
        system.asSystem(this::rebuildAll);
    }

    private void rebuildAll() {
        try {
            long started = System.nanoTime();
            long total = catalog.articleCount();
            follower = feed.follow(feed.latest());
            commitData(false);
            writer.deleteAll();
            long[] done = {0};
            catalog.forEachArticle(article -> {
                if (closing) {
                    throw new java.util.concurrent.CancellationException("The application is stopping");
                }
                put(article);
                if (++done[0] % 10_000 == 0) {
                    log.info("Rebuilding the search index: {} of {} articles", done[0], total);
                }
            });
            knowledge.forEachPublished(this::put);
            writer.forceMerge(1);
            compacted = true;
            commitData(true);
            writer.commit();
            searchers.maybeRefreshBlocking();
            log.info("Search index rebuilt: {} articles in {} ms", done[0], (System.nanoTime() - started) / 1_000_000);
            ready.complete(null);
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
            ready.completeExceptionally(e);
        }
    }

    private void commitData(boolean complete) {
        writer.setLiveCommitData(Map.of(ANALYZER_KEY, LegalAnalyzer.VERSION, COMPLETE_KEY, String.valueOf(complete),
                FEED_KEY, String.valueOf(follower.applied())).entrySet());
    }

    /**
     * Indexes what an import or an edit on this node wrote; it is searchable when this returns. Before
     * the index is open the change feed brings it later. During a rebuild it is indexed too (the
     * rebuild reads everything from MongoDB after it emptied the index, so nothing is lost or doubled).
     */
    @EventListener
    void on(RegulationsChanged changed) throws IOException {
        if (searchers == null || changed.articles().isEmpty() && changed.knowledgeIds().isEmpty()) {
            return;
        }
        changed.articles().forEach(this::put);
        if (!changed.knowledgeIds().isEmpty()) {
            applyKnowledge(changed.knowledgeIds());
        }
        indexedHere.addAll(changed.sequences());
        searchers.maybeRefreshBlocking();
    }

    /** Applies the feed's new entries that this node did not index itself. */
    private void followFeed() {
        if (!ready.isDone() || closing) {
            return;
        }
        try {
            system.asSystem(() -> {
                List<ChangeFeed.Change> changes;
                do {
                    changes = follower.poll(FEED_BATCH);
                    for (ChangeFeed.Change change : changes) {
                        if (!indexedHere.remove(change.sequence())) {
                            apply(change);
                        }
                    }
                } while (changes.size() == FEED_BATCH);
            });
            commitData(true);
        } catch (RuntimeException e) {
            log.warn("Following the change feed failed", e);
        }
    }

    private void apply(ChangeFeed.Change change) {
        switch (change.topic()) {
            case RegulationsChanged.ARTICLES -> {
                List<ArticleDetails> found = catalog.articles(change.ids());
                found.forEach(this::put);
                Set<String> present = found.stream().map(ArticleDetails::id).collect(Collectors.toSet());
                change.ids().stream().filter(id -> !present.contains(id)).forEach(this::delete);
            }
            case RegulationsChanged.KNOWLEDGE -> applyKnowledge(change.ids());
            case RegulationsChanged.REGULATIONS -> citations.reload();
            default -> log.debug("Change feed topic {} is not indexed", change.topic());
        }
    }

    /** Indexes the published ones among {@code ids} and removes the others. */
    private void applyKnowledge(List<String> ids) {
        List<KnowledgeArticleDetails> published = system.call(() -> knowledge.published(ids));
        published.forEach(this::put);
        Set<String> present = published.stream().map(KnowledgeArticleDetails::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !present.contains(id)).forEach(this::delete);
    }

    private void delete(String id) {
        try {
            changed();
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(ArticleDetails article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StringField(KIND, ARTICLE, Field.Store.YES));
        authority(article.regulationId()).ifPresent(authority -> {
            doc.add(new StringField(AUTHORITY, authority, Field.Store.YES));
            doc.add(new SortedDocValuesField(AUTHORITY, new BytesRef(authority)));
        });
        doc.add(new StringField(REGULATION, article.regulationId(), Field.Store.YES));
        doc.add(new TextField(LAW, article.law(), Field.Store.YES));
        doc.add(new StringField(LAW_KEY, article.shortTitle(), Field.Store.YES));
        doc.add(new StoredField(NUMBER, article.number()));
        doc.add(new IntField(NUMBER_VALUE, article.numberValue(), Field.Store.NO));
        doc.add(new IntField(NUMBER_SUFFIX, article.numberSuffix(), Field.Store.NO));
        doc.add(new TextField(TEXT, article.text(), Field.Store.YES));
        doc.add(new StringField(STATUS, article.status().name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(STATUS, new BytesRef(article.status().name())));
        if (article.level() != null) {
            doc.add(new StringField(LEVEL, article.level().name(), Field.Store.YES));
            doc.add(new SortedDocValuesField(LEVEL, new BytesRef(article.level().name())));
        }
        if (article.versionDate() != null) {
            doc.add(new StoredField(VERSION_DATE, article.versionDate().toString()));
        }
        doc.add(new NumericDocValuesField(GROUP, key(group(article.shortTitle(), article.number()))));
        doc.add(new NumericDocValuesField(LAW_KEY, key(article.shortTitle())));
        update(article.id(), doc);
    }

    /**
     * A knowledge article: its title and text searched like an article's, its topics as facets, the
     * statute articles it cites as keys a citation query finds.
     */
    private void put(KnowledgeArticleDetails article) {
        Document doc = new Document();
        String key = KNOWLEDGE + ":" + article.id();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StringField(KIND, KNOWLEDGE, Field.Store.YES));
        doc.add(new StringField(REGULATION, "", Field.Store.YES));
        doc.add(new TextField(LAW, "", Field.Store.YES));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new StringField(LAW_KEY, key, Field.Store.YES));
        doc.add(new StoredField(NUMBER, ""));
        doc.add(new TextField(TEXT, article.title() + "\n" + article.text(), Field.Store.YES));
        doc.add(new StringField(STATUS, PUBLISHED, Field.Store.YES));
        doc.add(new SortedDocValuesField(STATUS, new BytesRef(PUBLISHED)));
        article.topics().forEach(topic -> {
            doc.add(new StringField(TOPIC, topic.name(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TOPIC, new BytesRef(topic.name())));
        });
        article.citations().forEach(text -> citations.find(text)
                .filter(cited -> cited.law() != null && cited.number() != null)
                .ifPresent(cited -> doc.add(new StringField(CITES, CitationKeys.of(cited.law().shortTitle(), cited.number()),
                        Field.Store.NO))));
        if (article.publishedAt() != null) {
            doc.add(new StoredField(VERSION_DATE, article.publishedAt().toString().substring(0, 10)));
            doc.add(new NumericDocValuesField(PUBLISHED_AT, article.publishedAt().toEpochMilli()));
        }
        doc.add(new NumericDocValuesField(GROUP, key(key)));
        doc.add(new NumericDocValuesField(LAW_KEY, key(key)));
        update(article.id(), doc);
    }

    private void update(String id, Document doc) {
        try {
            changed();
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuing authority of a regulation, when its metadata names one. */
    private Optional<String> authority(String regulationId) {
        return citations.regulation(regulationId).map(RegulationDetails::authority).filter(authority -> !authority.isBlank());
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Each refresh's searcher: a {@link RegulationSearcher}, which also sees the law in force alone. */
    private static final class RegulationSearchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new RegulationSearcher(reader);
        }
    }

    /** How many documents the index holds (statute articles and knowledge articles). */
    int size() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** The titles of the knowledge articles in the index (for suggestions). */
    List<String> knowledgeTitles() {
        try {
            IndexSearcher searcher = acquire();
            try {
                List<String> titles = new java.util.ArrayList<>();
                for (var doc : searcher.search(new org.apache.lucene.search.TermQuery(new Term(KIND, KNOWLEDGE)), 10_000).scoreDocs) {
                    titles.add(searcher.storedFields().document(doc.doc).get(TITLE));
                }
                return titles;
            } finally {
                release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RegulationSearcher acquire() throws IOException {
        return (RegulationSearcher) searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Waits until the start-up rebuild (if any) is done and the latest changes are searchable. */
    void awaitReady() throws IOException {
        ready.join();
        searchers.maybeRefreshBlocking();
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.warn("Refreshing the search index failed", e);
        }
    }

    private void changed() {
        changedAt = System.nanoTime();
        compacted = false;
    }

    private void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
            compactWhenQuiet();
        } catch (IOException | RuntimeException e) {
            log.warn("Committing the search index failed", e);
        }
    }

    /**
     * An import leaves the index in many segments, and a search looks up every term of a question
     * in each of them. Once nothing has been written for {@link #QUIET} and there are more than
     * {@link #MAX_SEGMENTS}, the segments are merged into one, in Lucene's merge threads (searches go
     * on against the old segments meanwhile).
     */
    private void compactWhenQuiet() throws IOException {
        if (compacted || System.nanoTime() - changedAt < QUIET.toNanos()) {
            return;
        }
        compacted = true;
        IndexSearcher searcher = acquire();
        int segments;
        try {
            segments = searcher.getIndexReader().leaves().size();
        } finally {
            release(searcher);
        }
        if (segments > MAX_SEGMENTS) {
            log.info("Merging the search index's {} segments into one", segments);
            writer.forceMerge(1, false);
        }
    }

    /**
     * Stops the background work without interrupting it (an interrupt closes Lucene's file channels),
     * then closes the writer, which commits.
     */
    @Override
    public void destroy() throws IOException, InterruptedException {
        closing = true;
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        if (writer != null) {
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
