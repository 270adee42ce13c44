package org.wanqi.base.mongo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A {@link MemoryIndex} of one collection, kept in step with it: loaded at start-up (subclasses
 * order themselves after the seed that fills the collection), rebuilt on demand, fed every write
 * this node makes through {@link #put}, and — when several nodes share a MongoDB — refreshed with
 * the documents whose {@code updatedAt} is after the last change seen. The embedded database has
 * one node, so there is nothing to refresh.
 *
 * @param <D> the document type
 * @param <R> the row type
 */
public abstract class CollectionIndex<D, R> implements ApplicationRunner, DerivedData {

    private static final Logger log = LoggerFactory.getLogger(CollectionIndex.class);

    protected final MemoryIndex<R> rows;
    private final MongoTemplate mongo;
    private final boolean singleNode;
    private final Class<D> type;
    private final Function<D, R> toRow;
    private final String[] fields;

    /** {@code fields}: the document fields a row is made of (only these are read). */
    protected CollectionIndex(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded, Class<D> type,
                              MemoryIndex<R> rows, Function<D, R> toRow, String... fields) {
        this.mongo = mongo;
        this.singleNode = embedded.getIfAvailable() != null;
        this.type = type;
        this.rows = rows;
        this.toRow = toRow;
        this.fields = fields.clone();
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild();
    }

    @Override
    public synchronized void rebuild() {
        long start = System.nanoTime();
        rows.clear();
        cleared();
        load(new Query());
        log.info("{} index: {} rows loaded in {} ms", type.getSimpleName(), rows.size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Scheduled(fixedDelayString = "${wanqi.index-refresh:30s}", initialDelayString = "${wanqi.index-refresh:30s}")
    void refresh() {
        if (!singleNode) {
            load(Query.query(Criteria.where("updatedAt").gte(rows.watermark().minusSeconds(60))));
        }
    }

    /** Records a document read or written by this node; returns the row now held for it. */
    public R put(D document) {
        R current = rows.put(toRow.apply(document));
        added(current);
        return current;
    }

    /** The stored documents for these ids, in this order (one query by primary key); missing ones are left out. */
    public List<D> load(List<String> ids) {
        Map<String, D> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), type)
                .forEach(document -> found.put(rows.idOf(toRow.apply(document)), document));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Called after the rows were cleared for a rebuild: clear what the subclass derives from them. */
    protected void cleared() {
    }

    /** Called with every row put: keep what the subclass derives from rows. */
    protected void added(R row) {
    }

    private void load(Query query) {
        query.fields().include(fields);
        mongo.stream(query, type).forEach(this::put);
    }
}
