package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

/** Trainers write, revise, publish and archive knowledge articles; readers see published ones only. */
@WanqiSpringTest
class KnowledgeServiceTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    ApplicationContext context;

    TestUsers users;
    WanqiUser trainer;
    WanqiUser officer;
    WanqiUser enterprise;

    @BeforeEach
    void people() {
        TestDatabase.clear(context);
        users = new TestUsers(context);
        trainer = users.create("trainer", Role.TRAINER, null, "130900");
        officer = users.create("officer", Role.OFFICER, null, "130921");
        enterprise = users.create("ent", Role.ENTERPRISE, "ent-1");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static KnowledgeDraft draft(String title, String body) {
        return new KnowledgeDraft(title, body, List.of("VOCs", "密闭"), Set.of(KnowledgeTopic.VOCS),
                List.of("《大气污染防治法》第一百零八条"));
    }

    @Test
    void anArticleGoesFromDraftToPublishedToArchivedWithEveryRevisionKept() {
        users.signIn(trainer);
        KnowledgeArticleDetails created = knowledge.create(draft("VOCs无组织排放", "## 要求\n\n应当密闭。\n\n罚款。"));
        assertThat(created.state()).isEqualTo(KnowledgeState.DRAFT);
        assertThat(created.revisions()).hasSize(1);
        assertThat(created.authorName()).isEqualTo("测试trainer");

        users.signIn(officer);
        assertThatThrownBy(() -> knowledge.get(created.id())).as("a draft does not exist for readers").isInstanceOf(NotFoundException.class);
        assertThat(knowledge.page(KnowledgeService.Filter.none(), PageRequest.of(0, 10))).isEmpty();

        users.signIn(trainer);
        KnowledgeArticleDetails revised = knowledge.update(created.id(), draft("VOCs无组织排放", "## 要求\n\n应当在密闭空间中进行。\n\n罚款。"),
                created.version());
        assertThat(revised.revisions()).hasSize(2);
        KnowledgeArticleDetails same = knowledge.update(created.id(), draft("VOCs无组织排放", "## 要求\n\n应当在密闭空间中进行。\n\n罚款。"),
                revised.version());
        assertThat(same.revisions()).as("saving the same content makes no revision").hasSize(2);
        assertThat(knowledge.changes(created.id(), 1, 2)).extracting(LineDiff.Line::kind, LineDiff.Line::text)
                .contains(org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.REMOVED, "应当密闭。"),
                        org.assertj.core.groups.Tuple.tuple(LineDiff.Kind.ADDED, "应当在密闭空间中进行。"));
        assertThatThrownBy(() -> knowledge.update(created.id(), draft("旧版本上的修改", "x"), created.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);

        KnowledgeArticleDetails published = knowledge.moveTo(created.id(), KnowledgeState.PUBLISHED, same.version());
        assertThat(published.publishedAt()).isNotNull();
        assertThatThrownBy(() -> knowledge.moveTo(created.id(), KnowledgeState.DRAFT, published.version()))
                .as("a published article is archived, not taken back to draft").isInstanceOf(DomainException.class);

        users.signIn(officer);
        assertThat(knowledge.get(created.id()).html()).contains("<h2>要求</h2>");
        assertThat(knowledge.page(KnowledgeService.Filter.none(), PageRequest.of(0, 10))).hasSize(1);
        assertThat(knowledge.publishedOn(List.of(KnowledgeTopic.VOCS), 5)).hasSize(1);
        assertThat(knowledge.publishedOn(List.of(KnowledgeTopic.NOISE), 5)).isEmpty();
        assertThatThrownBy(() -> knowledge.changes(created.id(), 1, 2)).isInstanceOf(AccessDeniedException.class);

        users.signIn(trainer);
        knowledge.moveTo(created.id(), KnowledgeState.ARCHIVED, published.version());
        users.signIn(enterprise);
        assertThatThrownBy(() -> knowledge.get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTrainersAndAdministratorsWrite() {
        for (WanqiUser reader : List.of(officer, enterprise)) {
            users.signIn(reader);
            assertThatThrownBy(() -> knowledge.create(draft("标题", "正文"))).isInstanceOf(AccessDeniedException.class);
        }
        users.signIn(users.create("admin", Role.ADMIN, null, "130900"));
        assertThat(knowledge.create(draft("管理员写的", "正文")).state()).isEqualTo(KnowledgeState.DRAFT);
    }

    @Test
    void badInputIsRefusedAndMarkupInTheBodyIsNeverRun() {
        users.signIn(trainer);
        assertThatThrownBy(() -> knowledge.create(draft("<b>标题</b>", "正文"))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> knowledge.create(draft("标题", " "))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> knowledge.create(new KnowledgeDraft("标题", "正文", List.of("<script>"), Set.of(), List.of())))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(knowledge.count(KnowledgeService.Filter.none())).isZero();

        KnowledgeArticleDetails article = knowledge.create(draft("标题", "<script>alert(1)</script>\n\n[x](javascript:alert(1))"));
        assertThat(article.html()).doesNotContain("<script").doesNotContain("javascript:").contains("&lt;script&gt;");
        assertThat(article.body()).as("the source is kept as written").contains("<script>");
    }
}
