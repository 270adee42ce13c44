package org.wanqi.regulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wanqi.base.i18n.Translations;
import org.wanqi.security.SystemTasks;

/**
 * {@code java -jar wanqi.jar import-regulations FILE…}: imports statutes into the data folder while
 * the application is not running (the embedded database allows one process), printing progress,
 * the counts and every skipped line. Exits 0 when every file was read, 1 otherwise.
 */
@Component
@ConditionalOnProperty(name = "wanqi.command", havingValue = ImportRegulationsCommand.NAME)
@Order(Ordered.LOWEST_PRECEDENCE)
class ImportRegulationsCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "import-regulations";
    private static final int PROGRESS_EVERY = 5_000;

    private final RegulationImporter importer;
    private final SystemTasks system;
    private final Translations translations;
    private final PrintStream out = System.out;
    private int exitCode;

    ImportRegulationsCommand(RegulationImporter importer, SystemTasks system, Translations translations) {
        this.importer = importer;
        this.system = system;
        this.translations = translations;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs().stream().filter(arg -> !arg.equals(NAME)).toList();
        if (files.isEmpty()) {
            out.println("用法 / usage: java -jar wanqi.jar import-regulations FILE.jsonl[.gz]|FILE.md …");
            exitCode = 1;
            return;
        }
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                out.println("找不到文件 / no such file: " + file.toAbsolutePath());
                exitCode = 1;
                continue;
            }
            long started = System.nanoTime();
            RegulationImport report = system.call(() -> read(file));
            out.printf("%s: 读取 %d 行，新增 %d 条，更新 %d 条，未变 %d 条，涉及法规 %d 部，跳过 %d 行（%.1f 秒）%n",
                    file.getFileName(), report.lines(), report.inserted(), report.updated(), report.unchanged(),
                    report.regulations(), report.problems().size(), (System.nanoTime() - started) / 1e9);
            report.problems().forEach(problem -> out.printf("  第 %d 行：%s%n", problem.line(),
                    translations.getTranslation(problem.messageKey(), Translations.CHINESE, problem.arguments())));
        }
    }

    private RegulationImport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importFile(file.getFileName().toString(), in, line -> {
                if (line % PROGRESS_EVERY == 0) {
                    out.printf("  … %d 行 / lines%n", line);
                }
            });
        } catch (IOException e) {
            out.println("读取失败 / cannot read " + file + ": " + e.getMessage());
            exitCode = 1;
            return new RegulationImport(0, 0, 0, 0, 0, List.of());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
