package org.wanqi.analytics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The rollup documents as comparable values: counts of zero left out, lists as sorted sets, documents that count nothing dropped. */
final class RollupDocuments {

    /** The fields that place a rollup document (what it counts is in the others). */
    private static final Set<String> KEYS = Set.of("_id", "month", "unitId");

    private RollupDocuments() {
    }

    /** Every rollup document, by collection and id. */
    static Map<String, Map<String, Object>> all(MongoTemplate mongo) {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        for (String collection : List.of(MonthDocs.Rollup.VISITS.months, MonthDocs.Rollup.VISITS.days,
                MonthDocs.Rollup.RISKS.months, MonthDocs.Rollup.RISKS.days, MonthDocs.OPEN_RISKS, "rollup_last_findings")) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                Map<String, Object> normal = normalized(document);
                if (!KEYS.containsAll(normal.keySet())) {
                    all.put(collection + "|" + document.get("_id"), normal);
                }
            }
        }
        return all;
    }

    private static Map<String, Object> normalized(Map<String, Object> document) {
        Map<String, Object> normal = new TreeMap<>();
        document.forEach((field, value) -> {
            if ("_class".equals(field)) {
                return;
            }
            Object kept = value instanceof Map<?, ?> inner ? normalized(castMap(inner))
                    : value instanceof Collection<?> list ? list.stream().map(Object::toString).sorted().distinct().toList()
                    : value instanceof Number number ? (number.longValue() == 0 ? null : number.longValue()) : value;
            if (kept != null && !(kept instanceof Map<?, ?> map && map.isEmpty())) {
                normal.put(field, kept);
            }
        });
        return normal;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
