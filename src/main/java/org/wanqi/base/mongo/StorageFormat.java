package org.wanqi.base.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which layout an embedded database file has, and the conversion of files written with Java
 * serialization (the stock backend, and this application before it used {@link BsonTypes}).
 *
 * <p>The conversion runs on a store opened with automatic commits off and ends with one commit: a
 * crash during it leaves the file as it was, and the next start converts it again.
 */
final class StorageFormat {

    /** The names the stock backend gives its maps (mongo-java-server 1.47). */
    static final String DOCUMENTS_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_INFIX = "._index_";

    private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);
    private static final String FORMAT_MAP = "wanqi.storage";
    private static final String FORMAT_KEY = "format";
    private static final String CURRENT = "bson-1";
    private static final String CONVERTING_PREFIX = "wanqi.converting.";

    private StorageFormat() {
    }

    /** Converts the file, when it exists in the old layout; afterwards it is in the current one. */
    static void upgrade(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            if (isCurrent(store)) {
                return;
            }
            List<String> typed = store.getMapNames().stream().filter(StorageFormat::isTyped).sorted().toList();
            log.info("Converting the embedded database {} to BSON storage: {} maps", file, typed.size());
            long documents = 0;
            for (String name : typed) {
                documents += convert(store, name);
            }
            mark(store);
            store.commit();
            log.info("Converted {} maps ({} entries)", typed.size(), documents);
        } finally {
            store.close();
        }
    }

    /** Marks a store without data as current; refuses one that holds data in the old layout. */
    static MVStore requireCurrent(MVStore store) {
        if (!isCurrent(store)) {
            if (store.getMapNames().stream().anyMatch(StorageFormat::isTyped)) {
                throw new IllegalStateException("This embedded database file is in the layout of an earlier version; "
                        + "open it with EmbeddedMongoServer.startOnDisk, which converts it");
            }
            mark(store);
        }
        return store;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long convert(MVStore store, String name) {
        MVMap<Object, Object> old = store.openMap(name);
        MVMap.Builder builder = name.startsWith(DOCUMENTS_PREFIX) ? BsonH2Backend.collectionMap() : BsonH2Backend.indexMap();
        MVMap<Object, Object> converted = (MVMap<Object, Object>) store.openMap(CONVERTING_PREFIX + name, builder);
        converted.clear();
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            converted.put(entry.getKey(), entry.getValue());
        }
        store.removeMap(old);
        store.renameMap(converted, name);
        return converted.sizeAsLong();
    }

    /** The maps whose types differ between the layouts: documents and unique indexes. */
    private static boolean isTyped(String mapName) {
        return mapName.startsWith(DOCUMENTS_PREFIX) || mapName.contains(INDEX_INFIX);
    }

    private static boolean isCurrent(MVStore store) {
        return store.hasMap(FORMAT_MAP) && CURRENT.equals(store.<String, String>openMap(FORMAT_MAP).get(FORMAT_KEY));
    }

    private static void mark(MVStore store) {
        store.<String, String>openMap(FORMAT_MAP).put(FORMAT_KEY, CURRENT);
    }
}
