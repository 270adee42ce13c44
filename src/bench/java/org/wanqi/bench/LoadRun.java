package org.wanqi.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntBinaryOperator;

/** Concurrent clients sending requests one after the other, and the figures: rate, p50, p99. */
public final class LoadRun {

    private LoadRun() {
    }

    /**
     * {@code clients} threads each make {@code perClient} calls of {@code request(client, i)}, which
     * returns an HTTP status; any other than {@code expected} stops the run. Prints and returns the figures.
     */
    public static String run(String label, int clients, int perClient, IntBinaryOperator request, int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                double[] ms = new double[perClient];
                for (int i = 0; i < perClient; i++) {
                    long t = System.nanoTime();
                    int status = request.applyAsInt(client, i);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    if (status != expected) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> client : running) {
            Arrays.stream(client.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(Double::compare);
        String figures = String.format(Locale.ROOT, "%s: %d requests from %d clients in %.1f s: %.0f/s, p50 %.1f ms, p99 %.1f ms",
                label, all.size(), clients, seconds, all.size() / seconds, all.get(all.size() / 2),
                all.get((int) Math.ceil(all.size() * 0.99) - 1));
        System.out.println(figures);
        return figures;
    }
}
