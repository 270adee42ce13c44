package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.organization.UnitService;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;

/** Search over a small imported sample (test texts written for this project, not real statutes). */
@WanqiSpringTest
class RegulationSearchTest {

    @Autowired
    RegulationSearch search;
    @Autowired
    RegulationImporter importer;
    @Autowired
    RegulationIndex index;
    @Autowired
    CitationResolver citations;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;

    TestUsers users;

    @BeforeEach
    void theSampleIsImported() throws IOException {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("trainer", Role.TRAINER, null, "130900"));
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            importer.importFile("sample.jsonl", in, line -> { });
        }
        citations.reload();
        index.awaitReady();
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    SearchResult.Hit first(String query) {
        List<SearchResult.Hit> hits = search.search(SearchQuery.of(query)).hits();
        assertThat(hits).as(query).isNotEmpty();
        return hits.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "《大气污染防治法》第一百零八条 | 中华人民共和国大气污染防治法 | 第一百零八条",
            "大气法108条 | 中华人民共和国大气污染防治法 | 第一百零八条",
            "大气污染防治法 第108条 | 中华人民共和国大气污染防治法 | 第一百零八条",
            "固废法第七十九条 | 中华人民共和国固体废物污染环境防治法 | 第七十九条",
            "固废法 102条 | 中华人民共和国固体废物污染环境防治法 | 第一百零二条",
            "刑法第一百二十条之一 | 中华人民共和国刑法 | 第一百二十条之一",
            "刑法第120条 | 中华人民共和国刑法 | 第一百二十条",
            "根据大气法第十条 | 中华人民共和国大气污染防治法 | 第十条"})
    void aCitationPutsThatArticleFirst(String query, String law, String articleNo) {
        SearchResult.Hit hit = first(query);
        assertThat(hit.law()).isEqualTo(law);
        assertThat(hit.articleNo()).isEqualTo(articleNo);
    }

    @Test
    void aPlainQuestionFindsTheArticleThatAnswersIt() {
        assertThat(first("车间挥发性有机物废气没有密闭收集，会被罚款吗").articleNo()).isEqualTo("第一百零八条");
        assertThat(first("老板拖欠工资怎么办").law()).isEqualTo("中华人民共和国劳动合同法");
    }

    @Test
    void ofTwoArticlesThatMatchAlikeTheOnePeopleAskAboutMoreComesFirst() throws IOException {
        // the same text in two articles of one law; 劳动合同法 第七条 is among the asked-about articles, 第九十八条 is not
        users.signIn(users.create("trainer2", Role.TRAINER, null, "130900"));
        try (InputStream in = getClass().getResourceAsStream("/regulations/alike.jsonl")) {
            importer.importFile("alike.jsonl", in, line -> { });
        }
        index.awaitReady();
        List<SearchResult.Hit> hits = search.search(SearchQuery.of("劳务派遣单位与用工单位之间的争议")).hits();
        assertThat(hits).extracting(SearchResult.Hit::articleNo).startsWith("第七条", "第九十八条");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void theLawInForceIsSearchedUnlessAllVersionsAreAskedFor() {
        SearchResult current = search.search(SearchQuery.of("工业涂装 低挥发性有机物含量涂料"));
        assertThat(current.hits()).noneMatch(hit -> "2015-08-29".equals(hit.versionDate()));
        assertThat(search.search(SearchQuery.of("已经废止 历史参考")).hits()).noneMatch(hit -> hit.law().equals("某地旧条例"));

        SearchResult all = search.search(new SearchQuery("工业涂装 低挥发性有机物含量涂料", true, null, 0, 10));
        assertThat(all.hits().getFirst().versionDate()).isEqualTo("2015-08-29");
        assertThat(all.hits()).filteredOn(hit -> hit.articleNo().equals("第一百零八条")
                && hit.law().equals("中华人民共和国大气污染防治法")).as("one hit per article across versions").hasSize(1);
        assertThat(search.search(new SearchQuery("已经废止 历史参考", true, null, 0, 10)).hits().getFirst().law()).isEqualTo("某地旧条例");
    }

    @Test
    void snippetsMarkTheMatchesAndEscapeTheText() {
        SearchResult result = search.search(SearchQuery.of("危险废物识别标志 alert"));
        SearchResult.Hit hit = result.hits().getFirst();
        assertThat(hit.articleNo()).isEqualTo("第一百零二条");
        assertThat(hit.snippet()).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(result.facets().get("status")).containsKey("CURRENT");
        assertThat(result.facets().get("level")).containsEntry("LAW", result.total());
    }

    @Test
    void pagesFollowEachOther() {
        List<String> firstTwo = search.search(new SearchQuery("测试条文", false, null, 0, 2)).hits().stream().map(SearchResult.Hit::id).toList();
        List<String> nextTwo = search.search(new SearchQuery("测试条文", false, null, 2, 2)).hits().stream().map(SearchResult.Hit::id).toList();
        assertThat(firstTwo).hasSize(2).doesNotContainAnyElementsOf(nextTwo);
        assertThat(nextTwo).hasSize(2);
    }

    @Test
    void anEditIsSearchableWithinASecond() throws Exception {
        users.signIn(users.create("trainer2", Role.TRAINER, null, "130900"));
        String edited = new String(getClass().getResourceAsStream("/regulations/sample.jsonl").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("不得擅自倾倒、堆放", "不得擅自倾倒、堆放或者填埋于河道滩涂");
        importer.importFile("sample.jsonl", new java.io.ByteArrayInputStream(edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)), line -> { });
        long started = System.nanoTime();
        while (search.search(SearchQuery.of("河道滩涂")).hits().isEmpty()) {
            assertThat(System.nanoTime() - started).as("searchable within 1 s").isLessThan(1_000_000_000L);
            Thread.sleep(20);
        }
    }
}
