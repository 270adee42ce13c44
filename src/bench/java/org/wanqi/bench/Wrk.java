package org.wanqi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian package {@code wrk}) in a process of its own — clients that cost the server's
 * cores little — with a script of {@code src/bench/wrk/} that prints its figures in one line.
 */
public final class Wrk {

    /** What a run measured; latencies in milliseconds, from request sent to answer read. */
    public record Figures(long requests, double seconds, double p50, double p99, double max) {

        public double rate() {
            return requests / seconds;
        }
    }

    private static final Pattern FIGURES = Pattern.compile(
            "WRK requests=(\\d+) seconds=([\\d.]+) non2xx=(\\d+) errors=(\\d+) p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+)");

    private Wrk() {
    }

    /**
     * {@code connections} keep-alive clients for {@code seconds}, driven by {@code script} with
     * {@code environment}; prints and returns the figures. Fails when any answer was not 2xx.
     */
    public static Figures run(String label, int port, String script, int connections, int seconds,
                              Map<String, String> environment) throws IOException, InterruptedException {
        int threads = Math.min(2, connections);
        ProcessBuilder command = new ProcessBuilder("wrk", "-t", String.valueOf(threads), "-c", String.valueOf(connections), "-d", seconds + "s",
                "-s", Path.of("src/bench/wrk", script).toAbsolutePath().toString(), "http://127.0.0.1:" + port)
                .redirectErrorStream(true);
        command.environment().putAll(environment);
        command.environment().put("WANQI_WRK_DIR", Path.of("src/bench/wrk").toAbsolutePath().toString());
        command.environment().put("WANQI_WRK_THREADS", String.valueOf(threads));
        Process wrk;
        try {
            wrk = command.start();
        } catch (IOException missing) {
            throw new IllegalStateException("This bench needs wrk: apt-get install wrk", missing);
        }
        Matcher found = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                Matcher matcher = FIGURES.matcher(line);
                if (matcher.matches()) {
                    found = matcher;
                }
            }
        }
        if (wrk.waitFor() != 0 || found == null) {
            throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + ")");
        }
        long refused = Long.parseLong(found.group(3)) + Long.parseLong(found.group(4));
        Figures figures = new Figures(Long.parseLong(found.group(1)), Double.parseDouble(found.group(2)),
                Double.parseDouble(found.group(5)), Double.parseDouble(found.group(6)), Double.parseDouble(found.group(7)));
        System.out.printf(Locale.ROOT, "%s: %d requests from %d clients in %.1f s: %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                label, figures.requests(), connections, figures.seconds(), figures.rate(), figures.p50(), figures.p99(), figures.max());
        if (refused > 0) {
            throw new IllegalStateException(refused + " requests were not answered 2xx");
        }
        return figures;
    }
}
