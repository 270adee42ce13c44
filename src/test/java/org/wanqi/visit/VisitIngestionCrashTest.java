package org.wanqi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanqi.ApiClient;

/**
 * The whole application in a JVM of its own, on the embedded database on disk: clients submit
 * visits through REST, the JVM is killed with SIGKILL mid-stream, and after a restart on the same
 * data folder every visit (and risk) that had been acknowledged is there.
 */
class VisitIngestionCrashTest {

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedVisitSurvivesSigkillDuringIngestion() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedRisks = ConcurrentHashMap.newKeySet();
        AppProcess first = AppProcess.start(data);
        ApiClient api = new ApiClient(first.port);
        String token = api.token("officer", "wanqi-demo");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        ApiClient.Answer answer = api.send("POST", "/api/v1/visits", api.json(visit()), token, null,
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                        if (answer.status() == 201) {
                            acknowledged.add(answer.body().get("id").asString());
                            answer.body().get("risks").forEach(risk -> acknowledgedRisks.add(risk.get("id").asString()));
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        first.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        AppProcess second = AppProcess.start(data);
        try {
            ApiClient again = new ApiClient(second.port);
            String token2 = again.token("officer", "wanqi-demo");
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                if (again.send("GET", "/api/v1/visits/" + id, null, token2, null).status() != 200) {
                    missing.add(id);
                }
            }
            for (String id : acknowledgedRisks) {
                if (again.send("GET", "/api/v1/risks/" + id, null, token2, null).status() != 200) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged before the kill, lost after it").isEmpty();
        } finally {
            second.kill();
        }
    }

    static Map<String, Object> visit() {
        return Map.of("enterpriseId", "ent-0001", "type", "ROUTINE",
                "startedAt", "2026-11-02T09:30:00+08:00", "endedAt", "2026-11-02T10:10:00+08:00",
                "summary", "断电演练：检查危废贮存间",
                "risks", List.of(Map.of("category", "HAZARDOUS_WASTE", "severity", "GENERAL",
                        "description", "危废标识不全", "deadline", LocalDate.now().plusDays(30).toString())));
    }

    /** The application started with {@code java -cp <test class path> org.wanqi.Application}. */
    record AppProcess(Process process, int port) {

        static AppProcess start(Path data) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.wanqi.Application",
                    "--server.port=" + port, "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("app-" + port + ".log").toFile())
                    .start();
            ApiClient probe = new ApiClient(port);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the application is starting").isTrue();
                try {
                    if (probe.send("GET", "/actuator/health/readiness", null, null, null).status() == 200) {
                        return new AppProcess(process, port);
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            process.destroyForcibly();
            throw new IllegalStateException("The application did not become ready");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
