package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;

@WanqiSpringTest
class RegulationImportTest {

    @Autowired
    RegulationImporter importer;
    @Autowired
    RegulationCatalog catalog;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;

    TestUsers users;

    @BeforeEach
    void asATrainer() {
        TestDatabase.clear(context);
        units.run(null);
        context.getBean(RegulationSeed.class).run(null);
        users = new TestUsers(context);
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static byte[] sample() throws IOException {
        try (InputStream in = RegulationImportTest.class.getResourceAsStream("/regulations/sample.jsonl")) {
            return in.readAllBytes();
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    RegulationImport read(String name, byte[] bytes) throws IOException {
        return importer.importFile(name, new ByteArrayInputStream(bytes), line -> { });
    }

    @Test
    void goodLinesAreImportedAndBadOnesReportedWithTheirLineNumbers() throws IOException {
        RegulationImport report = read("sample.jsonl.gz", gzip(sample()));

        assertThat(report.lines()).isEqualTo(14);
        assertThat(report.inserted()).isEqualTo(9);
        assertThat(report.regulations()).isEqualTo(5);
        assertThat(report.problems()).extracting(RegulationImport.Problem::line).containsExactly(10, 11, 12, 13, 14);
        assertThat(report.problems().get(0).messageKey()).isEqualTo("regulation.import.error.malformed");
        assertThat(report.problems().get(2).messageKey()).isEqualTo("regulation.import.error.missing");
        assertThat(report.problems().get(2).args()).containsExactly("law");
        assertThat(report.problems().get(3).messageKey()).isEqualTo("regulation.import.error.not-date");
        assertThat(report.problems().get(4).args()).singleElement().asString().contains("附则");

        RegulationDetails air = catalog.regulations().stream().filter(r -> r.shortTitle().equals("大气污染防治法")).findFirst().orElseThrow();
        assertThat(air.versions()).extracting(RegulationDetails.VersionDetails::status)
                .containsExactly(RegulationStatus.AMENDED, RegulationStatus.CURRENT);
        assertThat(air.status()).isEqualTo(RegulationStatus.CURRENT);
        assertThat(air.aliases()).as("from the seed's metadata").contains("大气法");
        assertThat(air.level()).isEqualTo(RegulationLevel.LAW);
        assertThat(catalog.articlesOf(air.id(), java.time.LocalDate.of(2018, 10, 26)))
                .extracting(ArticleDetails::number).containsExactly("第十条", "第一百零八条");
        ArticleDetails suffixed = catalog.article(RegulationImporter.articleId("中华人民共和国刑法",
                java.time.LocalDate.of(2020, 12, 26), "第一百二十条之一"));
        assertThat(suffixed.numberValue()).isEqualTo(120);
        assertThat(suffixed.numberSuffix()).isEqualTo(1);
        RegulationDetails repealed = catalog.regulations().stream().filter(r -> r.title().equals("某地旧条例")).findFirst().orElseThrow();
        assertThat(repealed.status()).isEqualTo(RegulationStatus.REPEALED);
    }

    @Test
    void importingAgainChangesNothingAndAnEditedLineIsAnUpdate() throws IOException {
        read("sample.jsonl", sample());
        long stored = catalog.articleCount();

        RegulationImport again = read("sample.jsonl", sample());
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(9);
        assertThat(catalog.articleCount()).isEqualTo(stored);

        String edited = new String(sample(), StandardCharsets.UTF_8).replace("处以罚款。<script>", "处一万元以上十万元以下的罚款。<script>");
        RegulationImport update = read("sample.jsonl", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.inserted()).isZero();
        assertThat(catalog.articleCount()).isEqualTo(stored);
    }

    @Test
    void oneMarkdownFileIsOneLawWithItsChaptersAndArticles() throws IOException {
        String markdown = """
                # 某市扬尘污染防治条例(2022-05-01)

                ## 第一章 总则

                第一条 为了防治扬尘污染，制定本条例。

                第二条 本条例适用于本市行政区域内的扬尘污染防治。
                施工单位应当采取覆盖、洒水等措施。

                ## 第二章 法律责任

                第三十条之一 违反本条例规定的，责令改正。
                """;
        RegulationImport report = read("扬尘条例.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.problems()).isEmpty();
        RegulationDetails law = catalog.regulations().stream().filter(r -> r.title().equals("某市扬尘污染防治条例")).findFirst().orElseThrow();
        assertThat(law.versions()).extracting(RegulationDetails.VersionDetails::date).containsExactly(java.time.LocalDate.of(2022, 5, 1));
        var articles = catalog.articlesOf(law.id(), java.time.LocalDate.of(2022, 5, 1));
        assertThat(articles).extracting(ArticleDetails::number).containsExactly("第一条", "第二条", "第三十条之一");
        assertThat(articles.get(1).text()).isEqualTo("本条例适用于本市行政区域内的扬尘污染防治。\n施工单位应当采取覆盖、洒水等措施。");
        assertThat(articles.get(2).chapter()).isEqualTo("第二章 法律责任");
    }

    @Test
    void onlyTrainersAndAdministratorsImport() {
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));
        assertThatThrownBy(() -> read("sample.jsonl", sample())).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.articleCount()).isZero();
    }
}
