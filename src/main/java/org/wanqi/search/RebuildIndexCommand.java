package org.wanqi.search;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar wanqi.jar rebuild-search-index}: rebuilds this node's search index from MongoDB
 * (the application not running), with progress in the log, and prints how long it took.
 */
@Component
@ConditionalOnProperty(name = "wanqi.command", havingValue = RebuildIndexCommand.NAME)
@Order(Ordered.LOWEST_PRECEDENCE)
class RebuildIndexCommand implements ApplicationRunner {

    static final String NAME = "rebuild-search-index";

    private final RegulationIndex index;
    private final PrintStream out = System.out;

    RebuildIndexCommand(RegulationIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        index.awaitReady();
        long started = System.nanoTime();
        out.println("重建检索索引 / rebuilding the search index …");
        index.rebuild();
        index.awaitReady();
        int documents = index.size();
        out.printf("检索索引已重建：%d 篇文档（%.1f 秒）/ search index rebuilt: %d documents%n", documents,
                (System.nanoTime() - started) / 1e9, documents);
    }
}
