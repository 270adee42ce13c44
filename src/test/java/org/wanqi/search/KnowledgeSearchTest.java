package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeDraft;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

/**
 * Knowledge articles in the search: found by a plain question within a second of publishing, next
 * to the statute article they explain; gone when archived. Also citation checks, suggestions as
 * you type, related articles, and the trainers' figures on what was searched.
 */
@WanqiSpringTest
class KnowledgeSearchTest {

    @Autowired
    RegulationSearch search;
    @Autowired
    SearchSuggestions suggestions;
    @Autowired
    SearchAnalytics analytics;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    RegulationImporter importer;
    @Autowired
    RegulationIndex index;
    @Autowired
    CitationResolver citations;
    @Autowired
    ApplicationContext context;

    TestUsers users;
    WanqiUser trainer;
    WanqiUser officer;

    @BeforeEach
    void sampleAndPeople() throws IOException {
        TestDatabase.clear(context);
        users = new TestUsers(context);
        trainer = users.create("trainer", Role.TRAINER, null, "130900");
        officer = users.create("officer", Role.OFFICER, null, "130921");
        users.signIn(trainer);
        try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
            importer.importFile("sample.jsonl", in, line -> { });
        }
        citations.reload();
        index.awaitReady();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private KnowledgeArticleDetails publish(String title, String body, String citation) {
        KnowledgeArticleDetails draft = knowledge.create(new KnowledgeDraft(title, body, List.of("VOCs"), Set.of(KnowledgeTopic.VOCS),
                List.of(citation)));
        return knowledge.moveTo(draft.id(), KnowledgeState.PUBLISHED, draft.version());
    }

    @Test
    void aPublishedArticleIsFoundByAPlainQuestionAndNextToTheArticleItExplains() throws InterruptedException {
        KnowledgeArticleDetails article = publish("喷漆车间门窗敞开算不算违法", "喷漆、调漆要在密闭车间里做，废气要收集处理。敞开作业属于无组织排放。",
                "大气法第一百零八条");
        users.signIn(officer);
        long deadline = System.currentTimeMillis() + 1_000;
        List<SearchResult.Hit> hits;
        do {
            hits = search.search(SearchQuery.of("喷漆车间门窗敞开违法吗")).hits();
        } while (hits.stream().noneMatch(hit -> hit.id().equals(article.id())) && System.currentTimeMillis() < deadline);
        SearchResult.Hit found = hits.stream().filter(hit -> hit.id().equals(article.id())).findFirst().orElseThrow();
        assertThat(found.kind()).isEqualTo("knowledge");
        assertThat(found.title()).isEqualTo("喷漆车间门窗敞开算不算违法");
        assertThat(found.law()).isEmpty();
        assertThat(found.articleNo()).isEmpty();
        assertThat(found.status()).isEqualTo("PUBLISHED");

        List<SearchResult.Hit> cited = search.search(SearchQuery.of("大气法108条")).hits();
        assertThat(cited.get(0).articleNo()).isEqualTo("第一百零八条");
        assertThat(cited.get(1).id()).as("the knowledge article explaining it comes next").isEqualTo(article.id());
        assertThat(search.explaining("大气污染防治法#108#0", 5)).extracting(SearchResult.Hit::id).containsExactly(article.id());

        users.signIn(trainer);
        knowledge.moveTo(article.id(), KnowledgeState.ARCHIVED, knowledge.get(article.id()).version());
        users.signIn(officer);
        assertThat(search.search(SearchQuery.of("喷漆车间门窗敞开违法吗")).hits()).noneMatch(hit -> hit.id().equals(article.id()));
    }

    @Test
    void citationsAreCheckedAgainstTheLawInForce() {
        users.signIn(officer);
        CitationCheck inForce = search.check("大气法108条");
        assertThat(inForce.verdict()).isEqualTo(CitationCheck.Verdict.IN_FORCE);
        assertThat(inForce.citation()).isEqualTo("《大气污染防治法》第一百零八条");
        assertThat(inForce.articleId()).isNotNull();
        assertThat(search.check("固废法第九百条").verdict()).isEqualTo(CitationCheck.Verdict.NO_SUCH_ARTICLE);
        assertThat(search.check("某地旧条例第一条").verdict()).isEqualTo(CitationCheck.Verdict.NOT_IN_FORCE);
        assertThat(search.check("某某不存在的规定第三条").verdict()).isEqualTo(CitationCheck.Verdict.UNKNOWN_LAW);
        assertThat(search.check("大气法108条").warns()).isFalse();
        assertThat(search.check("某地旧条例第一条").warns()).isTrue();
    }

    @Test
    void suggestionsOfferTitlesAndShortNamesAndPopularQueriesToStaffOnly() {
        publish("VOCs无组织排放：密闭是第一要求", "密闭。", "大气法第一百零八条");
        users.signIn(officer);
        assertThat(suggestions.suggest("大气", 5)).extracting(SearchSuggestions.Suggestion::text).startsWith("大气污染防治法");
        assertThat(suggestions.suggest("vocs", 5)).as("published just now: the titles are read again").extracting(SearchSuggestions.Suggestion::source)
                .contains(SearchSuggestions.Source.KNOWLEDGE);
        search.ask(SearchQuery.of("渤润化工 危废贮存"));
        context.getBean(SearchLog.class).flush();
        // the cache of popular queries is refreshed once a minute: a fresh bean reads it now
        SearchSuggestions fresh = new SearchSuggestions(citations, index, context.getBean(SearchLog.class),
                context.getBean(org.wanqi.security.CurrentUser.class), context.getBean(org.wanqi.base.BusinessZone.class),
                context.getBean(java.time.Clock.class));
        assertThat(fresh.suggest("渤润", 5)).extracting(SearchSuggestions.Suggestion::text).containsExactly("渤润化工 危废贮存");
        users.signIn(users.create("ent", Role.ENTERPRISE, "ent-1"));
        assertThat(fresh.suggest("渤润", 5)).as("an enterprise never sees others' queries").isEmpty();
    }

    @Test
    void relatedArticlesAreLikeTheOneShownButNotItsOtherVersions() {
        users.signIn(officer);
        String current = search.check("大气法108条").articleId();
        List<SearchResult.Hit> related = search.related(current, 3);
        assertThat(related).isNotEmpty().noneMatch(hit -> hit.articleNo().equals("第一百零八条") && hit.law().contains("大气"));
        assertThat(related).as("in force or published only").allMatch(hit -> hit.status().equals("CURRENT")
                || hit.status().equals(RegulationIndex.PUBLISHED));
    }

    @Test
    void trainersSeeWhatWasSearchedWhatFoundNothingAndWhatWasOpened() {
        users.signIn(officer);
        search.ask(SearchQuery.of("危险废物识别标志"));
        search.ask(SearchQuery.of("  危险废物识别标志 "));
        search.ask(SearchQuery.of("qqqzzzxxx"));
        search.ask(new SearchQuery("危险废物识别标志", false, null, 10, 10));
        SearchResult.Hit first = search.search(SearchQuery.of("危险废物识别标志")).hits().getFirst();
        search.opened("危险废物识别标志", first.id(), first.title());
        users.signIn(trainer);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        SearchAnalytics.Report report = analytics.report(today.minusDays(7), today, 10);
        assertThat(report.topQueries().getFirst()).isEqualTo(new SearchAnalytics.QueryStats("危险废物识别标志", 2, 0));
        assertThat(report.zeroResultQueries()).extracting(SearchAnalytics.QueryStats::query).contains("qqqzzzxxx");
        assertThat(report.openedHits()).singleElement().satisfies(click -> {
            assertThat(click.hitId()).isEqualTo(first.id());
            assertThat(click.clicks()).isEqualTo(1);
        });
    }
}
