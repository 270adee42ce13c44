package org.wanqi.visit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.ApiClient;
import org.wanqi.Application;

/**
 * REST visit ingestion on the embedded database on disk, with the durability guarantee (no visit
 * is acknowledged before it is committed to the file): 8 concurrent clients, each POSTing visits
 * (one advice item, one risk, a fresh Idempotency-Key) to /api/v1/visits as fast as the answers
 * come, spread over the 300 demo enterprises.
 *
 * <p>The clients are wrk (Debian package {@code wrk}), in a process of their own with 8 keep-alive
 * connections: a warm-up run of 30 s, the measured run of 30 s (each client sends its next visit
 * as soon as the last is answered: the most the server takes), then 30 s in which each client
 * pauses 15 ms before each visit (about 300 visits/s offered: the latency at that rate).
 * Afterwards the bench checks that every request was answered 201 and that the database holds at
 * least as many visits.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.visit.VisitIngestionBench}
 */
public final class VisitIngestionBench {

    private static final int CLIENTS = 8;
    private static final Pattern FIGURES = Pattern.compile(
            "WRK requests=(\\d+) seconds=([\\d.]+) non2xx=(\\d+) errors=(\\d+) p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+)");

    private VisitIngestionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("wanqi-bench-visits");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("WANQI_TOKEN", api.token("supervisor", "wanqi-demo"));
            environment.put("WANQI_DEADLINE", LocalDate.now().plusDays(30).toString());
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            long before = mongo.getCollection("visits").countDocuments();
            long acknowledged = wrk("warm-up", port, 30, 0, environment) + wrk("measured", port, 30, 0, environment)
                    + wrk("paced", port, 30, 15, environment);
            long stored = mongo.getCollection("visits").countDocuments() - before;
            System.out.printf(Locale.ROOT, "acknowledged %d visits, %d stored%n", acknowledged, stored);
            if (stored < acknowledged) {
                throw new IllegalStateException("Acknowledged visits are missing");
            }
        }
    }

    /**
     * Runs wrk for {@code seconds}, each client pausing {@code paceMillis} before each request; prints
     * its figures and returns how many visits it had acknowledged.
     */
    private static long wrk(String label, int port, int seconds, int paceMillis, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder("wrk", "-t", "2", "-c", String.valueOf(CLIENTS), "-d", seconds + "s",
                "-s", Path.of("src/bench/wrk/visits.lua").toAbsolutePath().toString(), "http://127.0.0.1:" + port)
                .redirectErrorStream(true);
        command.environment().putAll(environment);
        command.environment().put("WANQI_RUN", label);
        command.environment().put("WANQI_PACE_MS", String.valueOf(paceMillis));
        Process wrk;
        try {
            wrk = command.start();
        } catch (IOException missing) {
            throw new IllegalStateException("This bench needs wrk: apt-get install wrk", missing);
        }
        Matcher figures = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                Matcher matcher = FIGURES.matcher(line);
                if (matcher.matches()) {
                    figures = matcher;
                }
            }
        }
        if (wrk.waitFor() != 0 || figures == null) {
            throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + ")");
        }
        long requests = Long.parseLong(figures.group(1));
        double elapsed = Double.parseDouble(figures.group(2));
        long refused = Long.parseLong(figures.group(3)) + Long.parseLong(figures.group(4));
        System.out.printf(Locale.ROOT, "%s (visits): %d requests from %d clients in %.1f s: %.0f/s, p50 %s ms, p99 %s ms, max %s ms%n",
                label, requests, CLIENTS, elapsed, requests / elapsed, figures.group(5), figures.group(6), figures.group(7));
        if (refused > 0) {
            throw new IllegalStateException(refused + " requests were not answered 201");
        }
        return requests;
    }
}
