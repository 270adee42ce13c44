package org.wanqi.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.wanqi.ApiClient;
import org.wanqi.bench.ScratchFolder;
import org.wanqi.bench.Wrk;

/**
 * Search speed over the full corpus: imports {@code ../shared/data/laws/articles.jsonl.gz} into a
 * fresh on-disk data folder, rebuilds the index (timed, with its size and the heap after), then 4
 * concurrent clients (wrk, {@code src/bench/wrk/search.lua}, in a process of its own) send the STARD
 * training questions and some citations and keywords to {@code GET /api/v1/regulations/search},
 * 90 s of warm-up and 30 s measured; then the same queries as a MongoDB {@code $regex} over the
 * articles' text, and the ratio.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.SearchBench}
 */
public final class SearchBench {

    /** 4 clients, as issue 5 sets; {@code -Dclients=N} (in {@code -Dbench.jvm}) to see the latency without contention. */
    private static final int CLIENTS = Integer.getInteger("clients", 4);
    private static final int REGEX_QUERIES = 40;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        try (ScratchFolder data = ScratchFolder.create("wanqi-bench-search");
             ConfigurableApplicationContext app = StatuteCorpus.start(data.path())) {
            long started = System.nanoTime();
            StatuteCorpus.importInto(app, shared);
            RegulationIndex index = app.getBean(RegulationIndex.class);
            index.awaitReady();
            System.out.printf(Locale.ROOT, "import of 64,747 records, searchable at the end: %.1f s%n", (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            index.rebuild();
            System.out.printf(Locale.ROOT, "index rebuild from MongoDB: %.1f s%n", (System.nanoTime() - started) / 1e9);
            Thread.sleep(1500);
            System.out.printf(Locale.ROOT, "index size: %.1f MB%n", size(data.path().resolve("search")) / 1e6);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap used after GC: %.0f MB%n", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);

            List<String> queries = new ArrayList<>(SearchQuality.read(shared.resolve("stard/train_queries.jsonl")).stream()
                    .map(SearchQuality.Judged::query).toList());
            queries.addAll(List.of("大气法108条", "固废法第七十九条", "《中华人民共和国环境保护法》第六十三条", "危险废物", "排污许可"));
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            Path paths = Files.createTempFile("wanqi-search-queries", ".txt");
            Files.write(paths, queries.stream().map(q -> "/api/v1/regulations/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList());
            Map<String, String> environment = Map.of("WANQI_TOKEN", new ApiClient(port).token("admin", StatuteCorpus.ADMIN_PASSWORD),
                    "WANQI_QUERIES", paths.toString());
            // 90 s: on a slower machine the server was still getting faster after 30 s (C2 compiling the
            // scorers); -Dwarmup=30 gives the shorter warm-up of earlier runs
            Wrk.run("warm-up (REST searches)", port, "search.lua", CLIENTS, Integer.getInteger("warmup", 90), environment);
            Wrk.Figures measured = Wrk.run("measured (REST searches)", port, "search.lua", CLIENTS, 30, environment);

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
            System.out.printf(Locale.ROOT, "ratio $regex / search: p50 %.0f×, p99 %.0f×%n", regex[REGEX_QUERIES / 2] / measured.p50(),
                    regex[REGEX_QUERIES - 1] / measured.p99());
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
