package org.wanqi.search;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.Application;
import org.wanqi.regulation.RegulationImport;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/**
 * Search quality on the STARD training queries: imports {@code ../shared/data/laws/articles.jsonl.gz}
 * through the importer, runs every query of {@code ../shared/data/stard/train_queries.jsonl} through
 * {@link RegulationSearch} (the service behind the REST API) and prints Recall@10, Recall@100 and
 * MRR@10, with the law in force only (the default) and with every version searchable.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.SearchQualityEval}
 */
public final class SearchQualityEval {

    private SearchQualityEval() {
    }

    /** The variants tried with -Dgrid=true: the default, then one change at a time. */
    private static List<RegulationSearch.Weights> grid() {
        RegulationSearch.Weights d = RegulationSearch.Weights.DEFAULT;
        return List.of(d, d.with(0.2f, 1.2f, 0.75f), d.with(0.5f, 1.2f, 0.75f), d.with(0f, 1.2f, 0.5f),
                d.with(0f, 1.2f, 0.9f), d.with(0f, 0.9f, 0.75f), d.with(0f, 1.6f, 0.75f));
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--wanqi.mongo.embedded.in-memory=true", "--wanqi.search.in-memory=true", "--wanqi.seed.demo=false",
                "--logging.level.root=warn")) {
            SystemTasks system = app.getBean(SystemTasks.class);
            RegulationImporter importer = app.getBean(RegulationImporter.class);
            long started = System.nanoTime();
            RegulationImport report = system.call(() -> {
                try (InputStream in = Files.newInputStream(data.resolve("laws/articles.jsonl.gz"))) {
                    return importer.importFile("articles.jsonl.gz", in, line -> { });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            app.getBean(RegulationIndex.class).awaitReady();
            System.out.printf(Locale.ROOT, "import: %s in %.1f s%n", report, (System.nanoTime() - started) / 1e9);
            List<SearchQuality.Judged> queries = SearchQuality.read(data.resolve("stard/train_queries.jsonl"));
            RegulationSearch search = app.getBean(RegulationSearch.class);
            if (!Boolean.getBoolean("grid")) {
                for (boolean allVersions : List.of(false, true)) {
                    SearchQuality.Figures figures = system.call(() -> SearchQuality.measure(search, queries, allVersions));
                    System.out.printf(Locale.ROOT, "%s: %s%n", allVersions ? "all versions" : "law in force (default)", figures);
                }
            } else {
                for (RegulationSearch.Weights w : grid()) {
                    search.weights(w);
                    System.out.printf(Locale.ROOT, "%s: %s%n", w, system.call(() -> SearchQuality.measureRanking(search, queries, false)));
                }
            }
        }
    }
}
