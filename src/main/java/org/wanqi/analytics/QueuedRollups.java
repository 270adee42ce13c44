package org.wanqi.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.wanqi.base.mongo.DerivedData;

/**
 * Rollups kept off the request path: events are queued as they are published, and one thread of
 * their own gathers them for up to {@link #GATHER} after the first (less when someone waits for
 * them, see {@link #flush()}), counts them into one {@link MonthDocs.Batch} and writes it — one
 * upsert per document touched, however many events. So a visit's request does not wait for its
 * figures, and a busy second of visits costs a few writes.
 * <p>
 * Rollups are derived data: whatever is lost is recounted. A batch is written between a marker
 * set and removed ({@code rollup_state}); at start, after the queue is drained, the rollups are
 * rebuilt when the marker is still there (a crash mid-batch) or {@link #consistent()} says they do
 * not add up to the data (events still queued when the process died).
 */
abstract class QueuedRollups<E> implements DerivedData, ApplicationRunner, DisposableBean {

    private static final int MAX_BATCH = 5_000;
    /** How long the events of a batch gather: the figures lag the data by about this much. */
    private static final Duration GATHER = Duration.ofMillis(500);
    private static final int PROGRESS_EVERY = 100_000;
    private static final String STATE = "rollup_state";

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final Thread writer;
    private final String name;
    protected final MongoTemplate mongo;

    /** @param name the thread's name, and the marker's */
    QueuedRollups(MongoTemplate mongo, String name) {
        this.mongo = mongo;
        this.name = name;
        this.writer = Thread.ofPlatform().daemon().name(name).start(this::writeQueued);
    }

    /** Queues an event to be counted. */
    protected void submit(E event) {
        queue.add(event);
    }

    /** Counts these events (in the order they were published) into the batch; runs on the rollups' thread. */
    protected abstract void count(List<E> events, MonthDocs.Batch batch);

    /** Whether the rollups add up to the raw data (checked at start, after the queue is drained). */
    protected abstract boolean consistent();

    /** Recounts everything from the raw data. */
    protected abstract void recount();

    /** Logs a rebuild's progress every 100,000 {@code what} read. */
    protected void progress(long read, String what) {
        if (read % PROGRESS_EVERY == 0) {
            log.info("{}: rebuilding, {} {} counted", name, read, what);
        }
    }

    /** Waits until every event queued so far is written. */
    void flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(done);
        done.join();
    }

    @Override
    public void rebuild() {
        flush();
        writing.lock();
        try {
            recount();
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        flush();
        if (mongo.exists(marker(), STATE) || !consistent()) {
            log.info("{}: the rollups do not add up to the data; rebuilding", name);
            rebuild();
        }
    }

    @SuppressWarnings("unchecked")
    private void writeQueued() {
        List<Object> taken = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                gather(taken);
            } catch (InterruptedException e) {
                return;
            }
            List<E> events = new ArrayList<>();
            List<CompletableFuture<Void>> waiting = new ArrayList<>();
            taken.forEach(item -> {
                if (item instanceof CompletableFuture<?> barrier) {
                    waiting.add((CompletableFuture<Void>) barrier);
                } else {
                    events.add((E) item);
                }
            });
            taken.clear();
            if (!events.isEmpty()) {
                write(events);
            }
            waiting.forEach(barrier -> barrier.complete(null));
        }
    }

    /** Takes the next item, then whatever follows within {@link #GATHER}, or until someone waits for the rollups. */
    private void gather(List<Object> taken) throws InterruptedException {
        Object item = queue.take();
        long due = System.nanoTime() + GATHER.toNanos();
        while (item != null && !(item instanceof CompletableFuture<?>) && taken.size() < MAX_BATCH) {
            taken.add(item);
            item = queue.poll(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        if (item != null) {
            taken.add(item);
        }
        queue.drainTo(taken, MAX_BATCH);
    }

    private void write(List<E> events) {
        writing.lock();
        try {
            MonthDocs.Batch batch = new MonthDocs.Batch();
            count(events, batch);
            if (!batch.isEmpty()) {
                mongo.upsert(marker(), new Update().set("writing", true), STATE);
                batch.write(mongo);
                mongo.remove(marker(), STATE);
            }
        } catch (RuntimeException e) {
            log.error("Rollups: {} events not counted (the rollups are rebuilt at the next start)", events.size(), e);
        } finally {
            writing.unlock();
        }
    }

    private Query marker() {
        return Query.query(Criteria.where("_id").is(name));
    }

    /** Writes what is queued (for a few seconds at most), then stops the thread. */
    @Override
    public void destroy() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(done);
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("{}: stopped with events not written (the rollups are rebuilt at the next start)", name);
        }
        writer.interrupt();
    }
}
