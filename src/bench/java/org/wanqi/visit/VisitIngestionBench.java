package org.wanqi.visit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.bench.LoadRun;

/**
 * REST visit ingestion on the embedded database on disk, with the durability guarantee (each
 * write committed before it is acknowledged): 8 concurrent clients each POST visits, one risk per
 * visit, to /api/v1/visits with an Idempotency-Key, spread over the 300 demo enterprises: a warm-up
 * round (150 each), then the measured round (500 each).
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:java -Dexec.mainClass=org.wanqi.visit.VisitIngestionBench}
 */
public final class VisitIngestionBench {

    private static final int CLIENTS = 8;
    private static final int WARM_UP_PER_CLIENT = 150;
    private static final int VISITS_PER_CLIENT = 500;

    private VisitIngestionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("wanqi-bench-visits");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            String token = api.send("POST", "/api/v1/auth/token", "{\"username\":\"supervisor\",\"password\":\"wanqi-demo\"}", null, null)
                    .body().get("token").asString();
            java.util.function.IntFunction<String> body = n -> api.json(Map.of(
                    "enterpriseId", String.format(Locale.ROOT, "ent-%04d", 1 + n % 300), "type", "ASSISTANCE",
                    "startedAt", "2026-03-02T09:30:00+08:00", "endedAt", "2026-03-02T10:40:00+08:00",
                    "summary", "检查危废贮存间，台账基本完整。",
                    "advice", List.of(Map.of("text", "完善危废管理台账", "citations", List.of())),
                    "risks", List.of(Map.of("category", "HAZARDOUS_WASTE", "severity", "GENERAL",
                            "description", "危废标识不全", "deadline", LocalDate.now().plusDays(30).toString()))));
            AtomicInteger sequence = new AtomicInteger();
            IntSupplier post = () -> api.send("POST", "/api/v1/visits", body.apply(sequence.getAndIncrement()), token, null,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString())).status();
            LoadRun.run("warm-up (visits)", CLIENTS, WARM_UP_PER_CLIENT, (client, i) -> post.getAsInt(), 201);
            LoadRun.run("measured (visits)", CLIENTS, VISITS_PER_CLIENT, (client, i) -> post.getAsInt(), 201);
        }
    }
}
