package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.Application;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/** The index is derived data: deleted or damaged, it is rebuilt from MongoDB at the next start. */
class RegulationIndexRebuildTest {

    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=test",
                "--wanqi.mongo.embedded.in-memory=false", "--wanqi.mongo.embedded.data-dir=" + data,
                "--wanqi.search.in-memory=false", "--wanqi.search.dir=" + data.resolve("search"));
    }

    static String firstHit(ConfigurableApplicationContext app, String query) throws Exception {
        app.getBean(RegulationIndex.class).awaitReady();
        return app.getBean(SystemTasks.class).call(() ->
                app.getBean(RegulationSearch.class).search(SearchQuery.of(query)).hits().getFirst().title());
    }

    @Test
    void aDeletedOrDamagedIndexIsRebuiltAtStart() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(SystemTasks.class).asSystem(() -> {
                try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
                    app.getBean(RegulationImporter.class).importFile("sample.jsonl", in, line -> { });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(firstHit(app, "大气法108条")).isEqualTo("中华人民共和国大气污染防治法 第一百零八条");
        }

        try (Stream<Path> files = Files.list(data.resolve("search"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(firstHit(app, "固废法第七十九条")).isEqualTo("中华人民共和国固体废物污染环境防治法 第七十九条");
        }

        try (Stream<Path> files = Files.list(data.resolve("search"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not a Lucene commit");
            }
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(firstHit(app, "刑法第一百二十条之一")).isEqualTo("中华人民共和国刑法 第一百二十条之一");
        }
    }
}
