package org.wanqi.base.mongo;

import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Stores events of one type that {@link WriteSet}s carry, many at once: a module that keeps a
 * record of events (the audit log, the enterprise timeline) implements it as a bean.
 */
public interface EventSink<E> {

    Class<E> type();

    /** Writes {@code events} (in the order given) with {@code mongo}, in as few operations as it can. */
    void writeAll(List<E> events, MongoOperations mongo);
}
