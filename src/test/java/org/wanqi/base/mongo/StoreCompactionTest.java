package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store leaves compaction to the moments it is idle (see
 * {@link EmbeddedMongoServer#COMPACT_FILL_RATE}): a burst of small commits leaves many chunks that
 * are mostly superseded pages, and once the writes stop, MVStore's housekeeping rewrites them
 * within seconds.
 */
class StoreCompactionTest {

    @TempDir
    Path dataDir;

    @Test
    void aBurstOfCommitsIsCompactedOnceTheStoreIsIdle() {
        MVStore store = EmbeddedMongoServer.open(dataDir.resolve("wanqi.mv.db"));
        try {
            // chunks may be rewritten at once (the shipped 45 s only delays the same work)
            store.getFileStore().setRetentionTime(0);
            MVMap<Integer, String> visits = store.openMap("visits");
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < 2_000; i++) {
                    visits.put(i, "走访记录 ".repeat(20) + round);
                    if (i % 10 == 0) {
                        store.commit();
                    }
                }
            }
            store.commit();
            int chunksAfterBurst = info(store, "CHUNK_COUNT");
            assertThat(info(store, "CHUNKS_FILL_RATE_RW")).as("live share of the rewritable chunks").isLessThan(40);

            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(200, TimeUnit.MILLISECONDS)
                    .untilAsserted(() -> assertThat(info(store, "CHUNKS_FILL_RATE_RW")).isGreaterThanOrEqualTo(60));
            // the chunks the rewrite emptied are dropped by the next commits, once no version still reads them
            for (int i = 0; i < 10; i++) {
                visits.put(i, "回头看");
                store.commit();
            }
            assertThat(info(store, "CHUNK_COUNT")).isLessThan(chunksAfterBurst / 2);
            assertThat(visits.get(1_999)).endsWith("19");
        } finally {
            store.close();
        }
    }

    private static int info(MVStore store, String key) {
        Map<String, String> info = new HashMap<>();
        store.getFileStore().populateInfo(info::put);
        return Integer.parseInt(info.get("info." + key));
    }
}
