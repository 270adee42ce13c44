package org.wanqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The commands of {@code java -jar wanqi.jar}, run as the jar runs them, one after the other on one
 * data folder on disk: import statutes (with a file that is missing), then rebuild the search index,
 * then recount the analytics rollups.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandsTest {

    @TempDir
    Path folder;

    @Test
    void importThenRebuildOnOneDataFolder(CapturedOutput output) throws IOException {
        Path statutes = folder.resolve("sample.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            Files.copy(in, statutes);
        }
        int lines = 14;
        int good = 9; // the fixture's last five lines are broken on purpose

        int imported = Application.runCommand(withDataFolder("import-regulations", statutes.toString(),
                folder.resolve("missing.jsonl").toString()));

        assertThat(imported).as("a missing file fails the command").isEqualTo(1);
        assertThat(output).contains("sample.jsonl: 读取 " + lines + " 行，新增 " + good + " 条", "跳过 5 行", "第 12 行：缺少 law")
                .contains("找不到文件 / no such file: " + folder.resolve("missing.jsonl").toAbsolutePath());

        int rebuilt = Application.runCommand(withDataFolder("rebuild-search-index"));

        assertThat(rebuilt).isZero();
        assertThat(output).containsPattern("search index rebuilt: (\\d+) documents");
        String count = output.getOut().replaceAll("(?s).*search index rebuilt: (\\d+) documents.*", "$1");
        assertThat(Long.parseLong(count)).as("every imported article is in the rebuilt index").isGreaterThanOrEqualTo(good);

        assertThat(Application.runCommand(withDataFolder("rebuild-rollups"))).isZero();
        assertThat(output.getOut()).containsPattern("rollups rebuilt: \\d+ visits, \\d+ risks");
    }

    private String[] withDataFolder(String... command) {
        String[] args = new String[command.length + 5];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--spring.profiles.active=test";
        args[command.length + 1] = "--wanqi.mongo.embedded.in-memory=false";
        args[command.length + 2] = "--wanqi.mongo.embedded.data-dir=" + folder.resolve("data");
        args[command.length + 3] = "--wanqi.search.in-memory=false";
        args[command.length + 4] = "--logging.level.root=warn";
        return args;
    }
}
