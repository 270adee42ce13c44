package org.wanqi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.regulation.ArticleDetails;
import org.wanqi.regulation.RegulationCatalog;
import org.wanqi.regulation.RegulationsChanged;
import org.wanqi.security.SystemTasks;

/**
 * The Lucene index of the knowledge base: one writer, searchers refreshed every 200 ms by a
 * background thread (never on a request), commits once a second when something changed. At start
 * it is rebuilt from MongoDB — in the background, with progress in the log — when it is missing,
 * unreadable, or was built with another analysis ({@link LegalAnalyzer#VERSION}).
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
@Order(SeedOrder.REGULATIONS + 1)
class RegulationIndex implements ApplicationRunner, DisposableBean, DerivedData {

    private static final Logger log = LoggerFactory.getLogger(RegulationIndex.class);
    private static final String ANALYZER_KEY = "analyzer";
    /** Set in a commit once a rebuild finished: an index a stop cut short is rebuilt on the next start. */
    private static final String COMPLETE_KEY = "complete";
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    static final String ID = "id";
    static final String REGULATION = "regulationId";
    static final String LAW = "law";
    static final String LAW_KEY = "lawKey";
    static final String NUMBER = "number";
    static final String NUMBER_VALUE = "numberValue";
    static final String NUMBER_SUFFIX = "numberSuffix";
    static final String CHAPTER = "chapter";
    static final String TEXT = "text";
    static final String STATUS = "status";
    static final String LEVEL = "level";
    static final String VERSION_DATE = "versionDate";
    static final String GROUP = "group";

    private final Analyzer analyzer = new LegalAnalyzer();
    private final SearchProperties properties;
    private final RegulationCatalog catalog;
    private final SystemTasks system;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("wanqi-search-index").daemon().factory());
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean closing;

    RegulationIndex(SearchProperties properties, RegulationCatalog catalog, SystemTasks system) {
        this.properties = properties;
        this.catalog = catalog;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean rebuild = open();
        background.scheduleWithFixedDelay(this::refresh, 200, 200, TimeUnit.MILLISECONDS);
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
        writer = new IndexWriter(directory, config);
        commitData(why == null);
        searchers = new SearcherManager(writer, null);
        if (why == null) {
            long indexed;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                indexed = reader.numDocs();
            }
            boolean empty = indexed == 0 && system.call(catalog::articleCount) > 0;
            why = empty ? "empty" : null;
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
        writer.setLiveCommitData(Map.of(ANALYZER_KEY, LegalAnalyzer.VERSION, COMPLETE_KEY, String.valueOf(complete)).entrySet());
    }

    /** Indexes what an import or an edit on this node wrote; it is searchable when this returns. */
    @EventListener
    void on(RegulationsChanged changed) throws IOException {
        if (changed.articles().isEmpty()) {
            return;
        }
        ready.join();
        changed.articles().forEach(this::put);
        searchers.maybeRefreshBlocking();
    }

    private void put(ArticleDetails article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new StringField(REGULATION, article.regulationId(), Field.Store.YES));
        doc.add(new TextField(LAW, article.law(), Field.Store.YES));
        doc.add(new StringField(LAW_KEY, article.shortTitle(), Field.Store.YES));
        doc.add(new StoredField(NUMBER, article.number()));
        doc.add(new IntField(NUMBER_VALUE, article.numberValue(), Field.Store.NO));
        doc.add(new IntField(NUMBER_SUFFIX, article.numberSuffix(), Field.Store.NO));
        if (article.chapter() != null) {
            doc.add(new TextField(CHAPTER, article.chapter(), Field.Store.YES));
        }
        doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        doc.add(new StringField(STATUS, article.status().name(), Field.Store.YES));
        doc.add(new SortedDocValuesField(STATUS, new BytesRef(article.status().name())));
        if (article.level() != null) {
            doc.add(new StringField(LEVEL, article.level().name(), Field.Store.YES));
            doc.add(new SortedDocValuesField(LEVEL, new BytesRef(article.level().name())));
        }
        if (article.versionDate() != null) {
            doc.add(new StoredField(VERSION_DATE, article.versionDate().toString()));
        }
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(article.shortTitle() + "#" + article.number())));
        doc.add(new SortedDocValuesField(LAW_KEY, new BytesRef(article.shortTitle())));
        try {
            writer.updateDocument(new Term(ID, article.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
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

    private void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Committing the search index failed", e);
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
