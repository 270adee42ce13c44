package org.wanqi.base.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Group commit for the application's busiest writes (visits with their risks, audit entries and
 * timeline entries). Callers hand over a {@link WriteSet} and wait; one writer thread takes every
 * set that arrived meanwhile and stores them together: the guards in one bulk insert per
 * collection, then the documents, then the events through their {@link EventSink}s, then one
 * commit. Only then are the callers released, so what they acknowledge is on disk — with a
 * handful of commits per batch instead of several per request.
 *
 * <p>On the embedded server the batch's writes are sent unjournaled and committed by one
 * {@linkplain EmbeddedMongoServer#flush() flush}; on a MongoDB deployment each bulk write is
 * acknowledged with the client's own (durable) write concern and there is nothing to flush.
 *
 * <p>When a batch fails after its guards were inserted, its callers get the error and nothing is
 * acknowledged; what was written is a prefix of each set (guard, documents, events), which a
 * caller's retry must be able to complete.
 */
@Component
public class GroupWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GroupWriter.class);
    private static final int MAX_BATCH = 512;

    private static final Pending STOP = new Pending(WriteSet.unguarded(), new CompletableFuture<>());

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final MongoTemplate mongo;
    private final Runnable flush;
    private final Map<Class<?>, EventSink<?>> sinks;
    private final Thread thread;
    private volatile boolean closed;

    @Autowired
    GroupWriter(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded, List<EventSink<?>> sinks) {
        this(mongo, embedded.getIfAvailable(), sinks);
    }

    /** {@code server} is the embedded server {@code mongo} talks to, or null for a MongoDB deployment. */
    GroupWriter(MongoTemplate mongo, EmbeddedMongoServer server, List<EventSink<?>> sinks) {
        if (server != null && server.defersUnjournaledWrites()) {
            MongoTemplate unjournaled = new MongoTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter());
            unjournaled.setWriteConcern(WriteConcern.ACKNOWLEDGED.withJournal(false));
            this.mongo = unjournaled;
            this.flush = server::flush;
        } else {
            this.mongo = mongo;
            this.flush = () -> { };
        }
        this.sinks = sinks.stream().collect(Collectors.toMap(EventSink::type, Function.identity()));
        this.thread = Thread.ofPlatform().name("wanqi-group-writer").daemon().start(this::run);
    }

    /**
     * Stores {@code set} and returns once it is durable, then runs its after-write actions.
     *
     * @throws DuplicateKeyException when the set's guard id is taken; nothing of the set was written
     */
    public void write(WriteSet set) {
        set.events().forEach(event -> {
            if (!sinks.containsKey(event.getClass())) {
                throw new IllegalArgumentException("No EventSink for " + event.getClass().getName());
            }
        });
        Pending pending = new Pending(set, new CompletableFuture<>());
        if (closed) {
            throw new IllegalStateException("The group writer is closed");
        }
        queue.add(pending);
        try {
            pending.done().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
        set.written();
    }

    /** Returns once every set handed over before this call is written (or has failed). */
    public void awaitWritten() {
        write(WriteSet.unguarded());
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException interrupted) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(STOP);
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeBatch(List<Pending> batch) {
        List<Pending> live = batch;
        try {
            live = insertGuards(batch);
            insertAll(live.stream().flatMap(pending -> pending.set().documents().stream()).toList());
            writeEvents(live);
            flush.run();
        } catch (RuntimeException failed) {
            log.warn("A batch of {} write sets failed", live.size(), failed);
            live.forEach(pending -> pending.done().completeExceptionally(failed));
            return;
        }
        live.forEach(pending -> pending.done().complete(null));
    }

    /** Inserts the guards; fails the sets whose guard id is taken and returns the others. */
    private List<Pending> insertGuards(List<Pending> batch) {
        Map<Class<?>, List<Pending>> guarded = batch.stream().filter(pending -> pending.set().guard() != null)
                .collect(Collectors.groupingBy(pending -> pending.set().guard().getClass(), LinkedHashMap::new,
                        Collectors.toList()));
        Set<Pending> taken = new HashSet<>();
        guarded.forEach((type, pendings) -> {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type)
                        .insert(pendings.stream().map(pending -> pending.set().guard()).toList()).execute();
            } catch (BulkOperationException refused) {
                for (BulkWriteError error : refused.getErrors()) {
                    if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                        throw refused;
                    }
                    taken.add(pendings.get(error.getIndex()));
                }
            }
        });
        taken.forEach(pending -> pending.done().completeExceptionally(
                new DuplicateKeyException("The id of " + pending.set().guard() + " is taken")));
        return taken.isEmpty() ? batch : batch.stream().filter(pending -> !taken.contains(pending)).toList();
    }

    private void insertAll(List<Object> documents) {
        Map<Class<?>, List<Object>> byType = documents.stream()
                .collect(Collectors.groupingBy(Object::getClass, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, ofType) -> mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type).insert(ofType).execute());
    }

    private void writeEvents(List<Pending> live) {
        Map<Class<?>, List<Object>> byType = live.stream().flatMap(pending -> pending.set().events().stream())
                .collect(Collectors.groupingBy(Object::getClass, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, events) -> sink(type).writeAll(events, mongo));
    }

    @SuppressWarnings("unchecked")
    private EventSink<Object> sink(Class<?> type) {
        return (EventSink<Object>) sinks.get(type);
    }

    /** Writes what was handed over before, then stops the writer thread. */
    @Override
    public void destroy() throws InterruptedException {
        closed = true;
        queue.add(STOP);
        thread.join();
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        late.forEach(pending -> pending.done().completeExceptionally(new IllegalStateException("The group writer is closed")));
    }

    private record Pending(WriteSet set, CompletableFuture<Void> done) {
    }
}
