package org.wanqi.search;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.Application;
import org.wanqi.regulation.RegulationImport;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.SystemTasks;

/**
 * The search benchmarks' application: the full statute corpus ({@code laws/articles.jsonl.gz} of the
 * shared data) in an embedded database on disk, without demo data.
 */
final class StatuteCorpus {

    static final String ADMIN_PASSWORD = "bench-admin-password-1";

    private StatuteCorpus() {
    }

    /** The application on the data folder {@code store}, the corpus imported when the folder is new; the index ready. */
    static ConfigurableApplicationContext open(Path shared, Path store) throws java.io.IOException {
        boolean fresh = !Files.exists(store.resolve("wanqi.mv.db"));
        ConfigurableApplicationContext app = start(store);
        if (fresh) {
            long started = System.nanoTime();
            RegulationImport report = importInto(app, shared);
            System.out.printf(Locale.ROOT, "import: %s in %.1f s%n", report, (System.nanoTime() - started) / 1e9);
        }
        app.getBean(RegulationIndex.class).awaitReady();
        return app;
    }

    /** The application on the data folder {@code store}, listening on a free port, with an {@code admin}. */
    static ConfigurableApplicationContext start(Path store) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--wanqi.mongo.embedded.data-dir=" + store,
                "--wanqi.seed.demo=false", "--wanqi.security.admin-password=" + ADMIN_PASSWORD, "--logging.level.root=warn");
    }

    /** Imports every record of the corpus through the importer, as the system. */
    static RegulationImport importInto(ConfigurableApplicationContext app, Path shared) {
        return app.getBean(SystemTasks.class).call(() -> {
            try (InputStream in = Files.newInputStream(shared.resolve("laws/articles.jsonl.gz"))) {
                return app.getBean(RegulationImporter.class).importFile("articles.jsonl.gz", in, line -> { });
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
