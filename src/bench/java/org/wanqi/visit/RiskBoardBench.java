package org.wanqi.visit;

import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.bench.ScratchFolder;
import org.wanqi.bench.Timings;
import org.wanqi.risk.RiskFilter;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.security.SystemTasks;

/**
 * The risk board with a large history: writes {@code args[0]} generated visits (default 450,000,
 * about 200,000 risks) with the demo's generator into the embedded database on disk, then times
 * the board's first page — in the service (as the city supervisor, who sees every risk, and with a
 * status filter) and through REST — and the restart's index rebuild.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.visit.RiskBoardBench -Dbench.args=450000}
 */
public final class RiskBoardBench {

    private RiskBoardBench() {
    }

    public static void main(String[] args) throws Exception {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 450_000;
        try (ScratchFolder data = ScratchFolder.create("wanqi-bench-board");
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            VisitSeed seed = app.getBean(VisitSeed.class);
            long start = System.nanoTime();
            int[] written = seed.write(seed.generator("bench"), visits, 50_000);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "wrote %,d visits and %,d risks in %.0f s (%.0f visits/s, bulk)%n",
                    written[0], written[1], seconds, written[0] / seconds);

            RiskService risks = app.getBean(RiskService.class);
            SystemTasks system = app.getBean(SystemTasks.class);
            system.asSystem(() -> {
                Timings.report("service, first page, all risks", () -> risks.page(RiskFilter.none(), PageRequest.of(0, 50)).getContent().size());
                Timings.report("service, first page, open only", () -> risks.page(new RiskFilter(RiskStatus.OPEN, null, null, null, null,
                        null, null, null), PageRequest.of(0, 50)).getContent().size());
                Timings.report("service, counts per status", () -> (int) risks.counts().overdue());
            });
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            String token = api.send("POST", "/api/v1/auth/token", "{\"username\":\"supervisor\",\"password\":\"wanqi-demo\"}",
                    null, null).body().get("token").asString();
            Timings.report("REST GET /api/v1/risks?page=0&size=20 (with total)",
                    () -> api.send("GET", "/api/v1/risks?page=0&size=20", null, token, null).status());
        }
    }
}
