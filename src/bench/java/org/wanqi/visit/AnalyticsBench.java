package org.wanqi.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.analytics.AnalyticsReport;
import org.wanqi.analytics.AnalyticsService;
import org.wanqi.analytics.Summary;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.mongo.DerivedData;
import org.wanqi.bench.ScratchFolder;
import org.wanqi.bench.Timings;
import org.wanqi.security.SystemTasks;

/**
 * The efficiency dashboard's cost against the number of visits: fills a fresh embedded database on
 * disk (demo data, then the demo's history generator) to {@code args[0]} visits (default 100,000),
 * rebuilds the rollups (timed), and times the year's summary and everything the dashboard asks for
 * a year (summary, report, trend, units, risk picture) in the service and the summary through REST;
 * then fills on to {@code args[1]} visits (default 1,000,000) and does it again, and prints the ratio.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.visit.AnalyticsBench -Dbench.args="100000 1000000"}
 */
public final class AnalyticsBench {

    private AnalyticsBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {args.length > 0 ? Integer.parseInt(args[0]) : 100_000, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000};
        try (ScratchFolder data = ScratchFolder.create("wanqi-bench-analytics");
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            VisitSeed seed = app.getBean(VisitSeed.class);
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            SystemTasks system = app.getBean(SystemTasks.class);
            AnalyticsService analytics = app.getBean(AnalyticsService.class);
            AnalyticsReport report = app.getBean(AnalyticsReport.class);
            LocalDate today = app.getBean(BusinessZone.class).dateOf(app.getBean(Clock.class).instant());
            LocalDate yearStart = today.withDayOfYear(1);
            ApiClient api = new ApiClient(Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port")));
            String token = api.token("supervisor", "wanqi-demo");
            double[] medians = new double[2];
            for (int round = 0; round < 2; round++) {
                long stored = mongo.getCollection("visits").countDocuments();
                long start = System.nanoTime();
                int[] written = seed.write(seed.generator("bench" + round), (int) (sizes[round] - stored), 50_000);
                System.out.printf(Locale.ROOT, "%n== %,d visits: wrote %,d visits and %,d risks in %.0f s%n", stored + written[0], written[0],
                        written[1], (System.nanoTime() - start) / 1e9);
                for (String rollups : new String[] {"visitRollups", "riskRollups"}) {
                    long t = System.nanoTime();
                    system.asSystem(() -> app.getBean(rollups, DerivedData.class).rebuild());
                    System.out.printf(Locale.ROOT, "rebuild %s: %.1f s%n", rollups, (System.nanoTime() - t) / 1e9);
                }
                system.asUser("supervisor", () -> {
                    Timings.report("service: summary, this year", () -> analytics.summary(yearStart, today, null).current().enterpriseChecks());
                    medians[0] = medians[1];
                    medians[1] = Timings.report("service: the dashboard's year (summary, report, trend by month, units, risks)", () -> {
                        Summary summary = analytics.summary(yearStart, today, null);
                        report.narrative(summary, Locale.SIMPLIFIED_CHINESE);
                        analytics.trend(yearStart, today, null, AnalyticsService.Bucket.MONTH);
                        analytics.units(yearStart, today, null);
                        return analytics.risks(yearStart, today, null).funnel().getFirst();
                    });
                    Timings.report("service: summary, one county, this year", () -> analytics.summary(yearStart, today, "130921").current().enterpriseChecks());
                });
                Timings.report("REST GET /api/v1/analytics/summary, this year", () -> api.send("GET",
                        "/api/v1/analytics/summary?from=" + yearStart + "&to=" + today, null, token, null).status());
            }
            System.out.printf(Locale.ROOT, "%nratio of the dashboard's median, %,d ÷ %,d visits: %.2f%n", sizes[1], sizes[0], medians[1] / medians[0]);
        }
    }
}
