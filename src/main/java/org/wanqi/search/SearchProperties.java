package org.wanqi.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir      where the index lives ({@code WANQI_SEARCH_DIR}, default {@code ./data/search}); each
 *                 application node keeps its own
 * @param inMemory keep the index in memory (tests)
 */
@ConfigurationProperties("wanqi.search")
record SearchProperties(Path dir, boolean inMemory) {

    SearchProperties {
        dir = dir == null ? Path.of("data", "search") : dir;
    }
}
