package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wanqi.Application;
import org.wanqi.base.mongo.EmbeddedMongoServer;
import org.wanqi.regulation.KnowledgeArticleDetails;
import org.wanqi.regulation.KnowledgeDraft;
import org.wanqi.regulation.KnowledgeService;
import org.wanqi.regulation.KnowledgeState;
import org.wanqi.regulation.KnowledgeTopic;
import org.wanqi.regulation.RegulationImporter;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;
import org.wanqi.security.TestUsers;

/**
 * Two application nodes on one MongoDB, each with its own search index: what one writes, the
 * other finds within 5 seconds, through the change feed.
 */
class TwoNodeSearchTest {

    static final Duration WITHIN = Duration.ofSeconds(5);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodes() {
        first = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=test");
        String shared = first.getBean(EmbeddedMongoServer.class).connectionString("wanqi");
        second = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=test",
                "--spring.mongodb.uri=" + shared);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void anArticlePublishedOnOneNodeIsFoundOnTheOther() throws Exception {
        TestUsers users = new TestUsers(first);
        users.signIn(users.create("trainer.node1", Role.TRAINER, null, "130900"));
        KnowledgeService knowledge = first.getBean(KnowledgeService.class);
        KnowledgeArticleDetails draft = knowledge.create(new KnowledgeDraft("两个节点之间的同步测试文章", "油烟净化设施要正常使用。",
                List.of(), Set.of(KnowledgeTopic.AIR), List.of()));
        knowledge.moveTo(draft.id(), KnowledgeState.PUBLISHED, draft.version());
        users.signOut();

        assertThat(within(() -> firstTitle(second, "两个节点之间的同步测试"), "两个节点之间的同步测试文章"))
                .isEqualTo("两个节点之间的同步测试文章");
    }

    @Test
    void statutesImportedOnOneNodeAreFoundOnTheOther() throws Exception {
        first.getBean(SystemTasks.class).asSystem(() -> {
            try (InputStream in = getClass().getResourceAsStream("/regulations/sample.jsonl")) {
                first.getBean(RegulationImporter.class).importFile("sample.jsonl", in, line -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(within(() -> firstTitle(second, "刑法第一百二十条之一"), "中华人民共和国刑法 第一百二十条之一"))
                .isEqualTo("中华人民共和国刑法 第一百二十条之一");
    }

    private static String firstTitle(ConfigurableApplicationContext node, String query) {
        List<SearchResult.Hit> hits = node.getBean(SystemTasks.class).call(() ->
                node.getBean(RegulationSearch.class).search(SearchQuery.of(query)).hits());
        return hits.isEmpty() ? "" : hits.getFirst().title();
    }

    /** The value once it is {@code expected}, or the last one seen after {@link #WITHIN}. */
    private static String within(Supplier<String> value, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String seen = value.get();
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = value.get();
        }
        return seen;
    }
}
