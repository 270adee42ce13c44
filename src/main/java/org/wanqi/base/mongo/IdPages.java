package org.wanqi.base.mongo;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a whole collection page by page in {@code _id} order: string ids first, then ObjectIds (as
 * MongoDB orders them). A plain query over a large collection would make the embedded server
 * gather every matching document in memory before the first reply; an {@code _id} range with a
 * limit it reads straight from its ordered map, one page at a time (and MongoDB from its index).
 */
public final class IdPages {

    private static final int PAGE = 5_000;

    private IdPages() {
    }

    /** Calls {@code each} with every document of {@code type}, with only {@code fields} read. */
    public static <T> void forEach(MongoTemplate mongo, Class<T> type, Function<T, String> id, List<String> fields, Consumer<T> each) {
        for (Object first : List.of("", new ObjectId("000000000000000000000000"))) {
            Criteria from = Criteria.where("_id").gte(first);
            while (true) {
                Query page = Query.query(from).with(Sort.by("_id")).limit(PAGE);
                page.fields().include(fields.toArray(String[]::new));
                List<T> documents = mongo.find(page, type);
                documents.forEach(each);
                if (documents.size() < PAGE) {
                    break;
                }
                String last = id.apply(documents.getLast());
                from = Criteria.where("_id").gt(first instanceof ObjectId ? new ObjectId(last) : last);
            }
        }
    }
}
