package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wanqi.WanqiSpringTest;
import org.wanqi.organization.UnitService;
import org.wanqi.regulation.RegulationImport;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;

/**
 * The quality floor on the STARD training queries over all 64,747 statute records, through the
 * ranking of the search service the REST API uses (without the snippets, which do not change it). Needs {@code ../shared/data}; skipped without it (a fresh
 * clone), run in CI. Figures and how they moved: {@code docs/search-quality.md}.
 */
@WanqiSpringTest
class SearchQualityTest {

    static final Path DATA = Path.of("../shared/data");

    @Autowired
    RegulationImporter importer;
    @Autowired
    RegulationSearch search;
    @Autowired
    RegulationIndex index;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;

    @Test
    void recallAndRankOnTheTrainingQueriesStayAboveTheFloor() throws Exception {
        assumeTrue(Files.isRegularFile(DATA.resolve("laws/articles.jsonl.gz")), "../shared/data is not here: nothing to measure");
        units.run(null);
        TestUsers users = new TestUsers(context);
        users.signIn(users.create("trainer.quality", Role.TRAINER, null, "130900"));
        try {
            RegulationImport report;
            try (InputStream in = Files.newInputStream(DATA.resolve("laws/articles.jsonl.gz"))) {
                report = importer.importFile("articles.jsonl.gz", in, line -> { });
            }
            assertThat(report.problems()).isEmpty();
            assertThat(report.inserted() + report.updated() + report.unchanged()).isEqualTo(64_747);
            index.awaitReady();

            SearchQuality.Figures figures = SearchQuality.measureRanking(search,
                    SearchQuality.read(DATA.resolve("stard/train_queries.jsonl")), false);
            System.out.println("STARD train, law in force: " + figures);
            assertThat(figures.recallAt10()).isGreaterThanOrEqualTo(FLOOR_R10);
            assertThat(figures.recallAt100()).isGreaterThanOrEqualTo(FLOOR_R100);
            assertThat(figures.mrrAt10()).isGreaterThanOrEqualTo(FLOOR_MRR10);
        } finally {
            users.signOut();
        }
    }

    /** A little under today's figures: a regression fails the build, noise does not. */
    static final double FLOOR_R10 = 0.72;
    static final double FLOOR_R100 = 0.895;
    static final double FLOOR_MRR10 = 0.65;
}
