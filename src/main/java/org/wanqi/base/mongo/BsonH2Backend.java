package org.wanqi.base.mongo;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its maps typed as BSON ({@link BsonTypes}): the same map
 * names and layout, values written and keys compared without Java serialization. A store written
 * by the stock backend is converted first ({@link StorageFormat#upgrade}); opening one that was not
 * is refused rather than misread.
 *
 * <p>It also answers range queries on {@code _id} ({@code $gt $gte $lt $lte}, string or number bounds)
 * from the ordered map of documents, reading only the range, as MongoDB's {@code _id} index does;
 * the stock backend reads the whole collection for them. Keys with a common prefix
 * ({@code <enterprise>/<time>/…}) so make an efficient, portable "all of one owner" query.
 */
class BsonH2Backend extends H2Backend {

    private static final String ID = "_id";

    BsonH2Backend(MVStore store) {
        super(StorageFormat.requireCurrent(store));
    }

    static MVMap.Builder<Object, Document> collectionMap() {
        return new MVMap.Builder<Object, Document>().keyType(BsonTypes.POSITION).valueType(BsonTypes.DOCUMENT);
    }

    static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(BsonTypes.INDEX_KEY).valueType(BsonTypes.POSITION);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** Opens collections and unique indexes with typed maps; names as the stock backend gives them. */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(StorageFormat.DOCUMENTS_PREFIX + name, collectionMap());
            MVMap<String, Object> meta = getMvStore().openMap(StorageFormat.META_PREFIX + name);
            return new Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String name = getFullCollectionNamespace(collectionName) + StorageFormat.INDEX_INFIX + indexName;
            return new UniqueIndex(getMvStore().openMap(name, indexMap()), indexName, keys, sparse);
        }
    }

    /** A collection that reads {@code _id} ranges from its ordered map of documents. */
    private static final class Collection extends H2Collection {

        private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

        private final MVMap<Object, Document> documents;

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                   MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, documents, meta, cursors);
            this.documents = documents;
        }

        /**
         * Keeps no running data size. The stock collection encodes every document it stores once more
         * (an update: the old and the new one) and rewrites the collection's meta entry on every write,
         * only for collStats' {@code size}, which nothing here reads; under visit ingestion that encoding
         * was one of the largest sources of allocation. collStats' size stays where it was (0 for a new
         * collection).
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Document range = idRange(query);
            if (range == null) {
                return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
            }
            boolean descending = isIdOrder(orderBy, -1);
            boolean inOrder = descending || orderBy == null || orderBy.isEmpty() || isIdOrder(orderBy, 1);
            Object low = range.containsKey("$gte") ? range.get("$gte") : range.get("$gt");
            Object high = range.containsKey("$lte") ? range.get("$lte") : range.get("$lt");
            Cursor<Object, Document> cursor = descending ? documents.cursor(high, low, true) : documents.cursor(low, high, false);
            Iterator<Document> values = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Document next() {
                    cursor.next();
                    return cursor.getValue();
                }
            };
            Stream<Document> inRange = StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED), false);
            // the query's own conditions still apply: the cursor's bounds are inclusive
            return matchDocumentsFromStream(inRange, query, inOrder ? null : orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** The bounds when {@code query} is only a range of {@code _id}s, all strings, all numbers or all ObjectIds; else null. */
        private static Document idRange(Document query) {
            if (query.size() != 1 || !(query.get(ID) instanceof Document range) || range.isEmpty()
                    || !RANGE_OPERATORS.containsAll(range.keySet())) {
                return null;
            }
            boolean strings = range.values().stream().allMatch(String.class::isInstance);
            boolean numbers = range.values().stream().allMatch(Number.class::isInstance);
            boolean objectIds = range.values().stream().allMatch(ObjectId.class::isInstance);
            return strings || numbers || objectIds ? range : null;
        }

        private static boolean isIdOrder(Document orderBy, int direction) {
            return orderBy != null && orderBy.size() == 1 && orderBy.get(ID) instanceof Number order
                    && order.intValue() == direction;
        }
    }

    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> positions;

        UniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.positions = positions;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return positions.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return positions.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return positions.get(key);
        }

        @Override
        public long getCount() {
            return positions.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return positions.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
