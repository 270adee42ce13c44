package org.wanqi.base.mongo;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Lazy paging without a count: read one row more than the page to know whether another page follows. */
public final class Slices {

    private Slices() {
    }

    /** The page of {@code rows} that {@code pageable} asks for; reads one row past it to know whether more follow. */
    public static <T> Slice<T> of(Stream<T> rows, Pageable pageable) {
        return fetched(rows.skip(pageable.getOffset()).limit(pageable.getPageSize() + 1L).toList(), pageable);
    }

    public static <T> Slice<T> find(MongoTemplate mongo, Query query, Pageable pageable, Class<T> type) {
        query.skip(pageable.getOffset()).limit(pageable.getPageSize() + 1);
        return fetched(mongo.find(query, type), pageable);
    }

    /** The slice for rows fetched from the page's offset, up to one more than its size. */
    public static <T> Slice<T> fetched(List<T> rows, Pageable pageable) {
        boolean hasNext = rows.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
    }
}
