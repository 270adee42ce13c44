package org.wanqi.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.security.SystemTasks;

/**
 * The search service's own latency, without HTTP: every STARD training question and a few
 * citations and keywords, one thread, after a warm-up; median, p90, p99. For working on the search:
 * the corpus is imported once into {@code args[1]} (default {@code target/bench-search-data}) and
 * reused by later runs.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.search.SearchLatencyBench}
 */
public final class SearchLatencyBench {

    private SearchLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path data = Path.of(args.length > 1 ? args[1] : "target/bench-search-data");
        try (ConfigurableApplicationContext app = StatuteCorpus.open(shared, data)) {
            SystemTasks system = app.getBean(SystemTasks.class);
            RegulationSearch search = app.getBean(RegulationSearch.class);
            List<String> queries = new ArrayList<>(SearchQuality.read(shared.resolve("stard/train_queries.jsonl")).stream()
                    .map(SearchQuality.Judged::query).toList());
            queries.addAll(List.of("大气法108条", "固废法第七十九条", "《中华人民共和国环境保护法》第六十三条", "危险废物", "排污许可"));
            system.asSystem(() -> {
                time("warm-up", queries, search);
                // -Dpasses=5: more measured passes, for changes smaller than the noise between two
                for (int pass = 1; pass <= Integer.getInteger("passes", 2); pass++) {
                    time("measured, pass " + pass, queries, search);
                }
            });
            concurrently(queries, search, system);
        }
    }

    /** The same queries from 4 threads at once, as 4 clients would send them (without HTTP). */
    private static void concurrently(List<String> queries, RegulationSearch search, SystemTasks system) throws Exception {
        int threads = 4;
        double[] ms = new double[queries.size() * 2];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> system.asSystem(() -> {
                for (int i = next.getAndIncrement(); i < ms.length; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    search.search(SearchQuery.of(queries.get(i % queries.size())));
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            })));
        }
        for (var f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "4 threads (service, %d queries, %.0f/s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                ms.length, ms.length / seconds, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) (ms.length * 0.99)], ms[ms.length - 1]);
    }

    private static void time(String label, List<String> queries, RegulationSearch search) {
        double[] ms = new double[queries.size()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            search.search(SearchQuery.of(queries.get(i)));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s (service, one thread, %d queries): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                label, ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) (ms.length * 0.99)], ms[ms.length - 1]);
    }
}
