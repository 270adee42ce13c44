package org.wanqi.search;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.bench.LoadRun;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/**
 * Search speed over the full corpus: imports {@code ../shared/data/laws/articles.jsonl.gz} into a
 * fresh on-disk data folder, rebuilds the index (timed, with its size and the heap after), then 4
 * concurrent clients send the STARD training queries and some citations to
 * {@code GET /api/v1/regulations/search}; then the same queries as a MongoDB {@code $regex} over the
 * articles' text, for the ratio.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.SearchBench}
 */
public final class SearchBench {

    private static final int CLIENTS = 4;
    private static final int REGEX_QUERIES = 40;
    private static final String ADMIN_PASSWORD = "bench-admin-password-1";

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path data = Files.createTempDirectory("wanqi-bench-search");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--wanqi.mongo.embedded.data-dir=" + data, "--wanqi.seed.demo=false", "--wanqi.security.admin-password=" + ADMIN_PASSWORD, "--logging.level.root=warn")) {
            SystemTasks system = app.getBean(SystemTasks.class);
            long started = System.nanoTime();
            system.call(() -> {
                try (InputStream in = Files.newInputStream(shared.resolve("laws/articles.jsonl.gz"))) {
                    return app.getBean(RegulationImporter.class).importFile("articles.jsonl.gz", in, line -> { });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            RegulationIndex index = app.getBean(RegulationIndex.class);
            index.awaitReady();
            System.out.printf(Locale.ROOT, "import of 64,747 records, searchable at the end: %.1f s%n", (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            index.rebuild();
            System.out.printf(Locale.ROOT, "index rebuild from MongoDB: %.1f s%n", (System.nanoTime() - started) / 1e9);
            Thread.sleep(1500);
            System.out.printf(Locale.ROOT, "index size: %.1f MB%n", size(data.resolve("search")) / 1e6);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap used after GC: %.0f MB%n", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);

            List<String> queries = new ArrayList<>(SearchQuality.read(shared.resolve("stard/train_queries.jsonl")).stream()
                    .map(SearchQuality.Judged::query).toList());
            queries.addAll(List.of("大气法108条", "固废法第七十九条", "《中华人民共和国环境保护法》第六十三条", "危险废物", "排污许可"));
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            String token = api.token("admin", ADMIN_PASSWORD);
            run(api, token, queries.subList(0, 200), "warm-up");
            run(api, token, queries, "measured");

            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            double[] regex = new double[REGEX_QUERIES];
            for (int i = 0; i < REGEX_QUERIES; i++) {
                String query = queries.get(i * 7);
                String words = query.substring(0, Math.min(4, query.length()));
                long t = System.nanoTime();
                mongo.find(Query.query(Criteria.where("text").regex(Pattern.quote(words))).limit(10), org.bson.Document.class, "law_articles");
                regex[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(regex);
            System.out.printf(Locale.ROOT, "MongoDB $regex on the articles' text, %d queries: p50 %.0f ms, p99 %.0f ms%n",
                    REGEX_QUERIES, regex[REGEX_QUERIES / 2], regex[REGEX_QUERIES - 1]);
        }
    }

    private static void run(ApiClient api, String token, List<String> queries, String label) throws Exception {
        LoadRun.run(label + " (REST searches)", CLIENTS, queries.size() / CLIENTS, (client, i) -> api.send("GET",
                "/api/v1/regulations/search?q=" + URLEncoder.encode(queries.get(i * CLIENTS + client), StandardCharsets.UTF_8),
                null, token, null).status(), 200);
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
