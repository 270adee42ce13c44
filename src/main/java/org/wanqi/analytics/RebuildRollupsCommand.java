package org.wanqi.analytics;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.security.SystemTasks;

/**
 * {@code java -jar wanqi.jar rebuild-rollups}: recounts the analytics rollups from the visits and
 * risks in MongoDB (the application not running), with progress in the log, and prints how long it
 * took and how many visits and risks they now count.
 */
@Component
@ConditionalOnProperty(name = "wanqi.command", havingValue = RebuildRollupsCommand.NAME)
@Order(Ordered.LOWEST_PRECEDENCE)
class RebuildRollupsCommand implements ApplicationRunner {

    static final String NAME = "rebuild-rollups";

    private final VisitRollups visits;
    private final RiskRollups risks;
    private final SystemTasks system;
    private final MongoTemplate mongo;
    private final PrintStream out = System.out;

    RebuildRollupsCommand(VisitRollups visits, RiskRollups risks, SystemTasks system, MongoTemplate mongo) {
        this.visits = visits;
        this.risks = risks;
        this.system = system;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        out.println("重建统计汇总 / rebuilding the analytics rollups …");
        system.asSystem(() -> {
            visits.rebuild();
            risks.rebuild();
        });
        long visitCount = MonthDocs.total(mongo, MonthDocs.Rollup.VISITS, "visits");
        long riskCount = MonthDocs.total(mongo, MonthDocs.Rollup.RISKS, "found");
        out.printf("统计汇总已重建：%d 次检查，%d 处隐患（%.1f 秒）/ rollups rebuilt: %d visits, %d risks%n", visitCount, riskCount,
                (System.nanoTime() - started) / 1e9, visitCount, riskCount);
    }
}
