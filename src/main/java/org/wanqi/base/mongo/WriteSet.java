package org.wanqi.base.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes that belong together and are stored by the {@link GroupWriter} in one go: an optional
 * guard document, then new documents, then events for the {@link EventSink}s (audit entries,
 * timeline entries). When the guard's id is taken nothing else of the set is written.
 *
 * <p>Not thread-safe: one request builds it, then hands it to {@link GroupWriter#write}.
 */
public final class WriteSet {

    private final Object guard;
    private final List<Object> documents = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final List<Runnable> afterWrite = new ArrayList<>();

    private WriteSet(Object guard) {
        this.guard = guard;
    }

    /** A set that is written only if {@code guard} (a new document with its id set) can be inserted. */
    public static WriteSet guardedBy(Object guard) {
        return new WriteSet(Objects.requireNonNull(guard, "guard"));
    }

    public static WriteSet unguarded() {
        return new WriteSet(null);
    }

    /** A new document, inserted after the guard (documents of one collection in the order added). */
    public WriteSet insert(Object document) {
        documents.add(Objects.requireNonNull(document, "document"));
        return this;
    }

    /** An event stored by the {@link EventSink} of its type, after the documents. */
    public WriteSet event(Object event) {
        events.add(Objects.requireNonNull(event, "event"));
        return this;
    }

    /** Runs in the caller's thread once the set is durable, e.g. to update an in-memory index. */
    public WriteSet afterWrite(Runnable action) {
        afterWrite.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    Object guard() {
        return guard;
    }

    List<Object> documents() {
        return documents;
    }

    List<Object> events() {
        return events;
    }

    void written() {
        afterWrite.forEach(Runnable::run);
    }
}
