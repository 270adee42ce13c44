package org.wanqi.visit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.bench.JitWarmup;
import org.wanqi.bench.ScratchFolder;
import org.wanqi.bench.Wrk;

/**
 * REST visit ingestion on the embedded database on disk, with the durability guarantee (no visit
 * is acknowledged before it is committed to the file): 8 concurrent clients, each POSTing visits
 * (one advice item, one risk, a fresh Idempotency-Key) to /api/v1/visits as fast as the answers
 * come, spread over the 300 demo enterprises.
 *
 * <p>The clients are wrk (Debian package {@code wrk}), in a process of their own with 8 keep-alive
 * connections: warm-up runs of 30 s until the JIT compilers are done ({@link JitWarmup}: on two
 * cores that takes two to three minutes), the measured run of 30 s (each client sends its next visit
 * as soon as the last is answered: the most the server takes), then 30 s in which the clients offer
 * a fixed {@value #OFFERED_RATE} visits/s, above the 300/s of the target: the latency at that rate.
 * Afterwards the bench checks that every request was answered 201 and that the database holds at
 * least as many visits.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.visit.VisitIngestionBench}
 */
public final class VisitIngestionBench {

    private static final int CLIENTS = 8;
    private static final int OFFERED_RATE = 330;

    private VisitIngestionBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ScratchFolder data = ScratchFolder.create("wanqi-bench-visits");
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("WANQI_TOKEN", api.token("supervisor", "wanqi-demo"));
            environment.put("WANQI_DEADLINE", LocalDate.now().plusDays(30).toString());
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            long before = mongo.getCollection("visits").countDocuments();
            long warmedUp = JitWarmup.run(8, () -> wrk("warm-up", port, 30, 0, environment));
            long acknowledged = warmedUp + wrk("measured", port, 30, 0, environment) + wrk("fixed rate", port, 30, OFFERED_RATE, environment);
            long stored = mongo.getCollection("visits").countDocuments() - before;
            System.out.printf(Locale.ROOT, "acknowledged %d visits, %d stored%n", acknowledged, stored);
            if (stored < acknowledged) {
                throw new IllegalStateException("Acknowledged visits are missing");
            }
        }
    }

    private static long wrk(String label, int port, int seconds, int rate, Map<String, String> environment)
            throws IOException, InterruptedException {
        Map<String, String> run = new LinkedHashMap<>(environment);
        run.put("WANQI_RUN", label.replace(' ', '-'));
        run.put("WANQI_RATE", String.valueOf(rate));
        return Wrk.run(label + " (visits)", port, "visits.lua", CLIENTS, seconds, run).requests();
    }
}
