package org.wanqi.visit.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.DomainException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.AnsweredChecklist;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/** Seeded templates, versioned edits by the right roles, and visits that keep the version they answered. */
@WanqiSpringTest
class ChecklistTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    ChecklistSeed seed;
    @Autowired
    VisitService visits;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    WanqiUser supervisor;
    WanqiUser officer;
    EnterpriseDetails enterprise;

    @BeforeEach
    void seededTemplates() {
        TestDatabase.clear(context);
        units.run(null);
        seed.run(null);
        users = new TestUsers(context);
        WanqiUser admin = users.create("root", Role.ADMIN, null, "130900");
        users.signIn(admin);
        enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.HAZARDOUS_WASTE));
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
        officer = users.create("officer", Role.OFFICER, null, "130921");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void fourTopicsAreSeededAndOfferedByVisitType() {
        users.signIn(officer);
        assertThat(checklists.latest(null)).extracting(ChecklistDetails::key)
                .containsExactlyInAnyOrder("hazardous-waste-storage", "vocs-control", "construction-dust", "wastewater");
        assertThat(checklists.latest(VisitType.ASSISTANCE)).extracting(ChecklistDetails::key)
                .doesNotContain("construction-dust");
        assertThat(checklists.get("hazardous-waste-storage@1").items()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(item -> assertThat(item.text()).isNotBlank());
    }

    @Test
    void onlyAdminsAndSupervisorsWriteVersionsAndTwoEditorsCannotBothWin() {
        users.signIn(officer);
        ChecklistDetails v1 = checklists.get("wastewater@1");
        assertThatThrownBy(() -> checklists.revise("wastewater", 1, edited(v1))).isInstanceOf(AccessDeniedException.class);

        users.signIn(supervisor);
        ChecklistDetails v2 = checklists.revise("wastewater", 1, edited(v1));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.items()).hasSize(v1.items().size() + 1);
        assertThatThrownBy(() -> checklists.revise("wastewater", 1, edited(v1)))
                .as("a second editor who also started from version 1").isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(checklists.versions("wastewater")).extracting(ChecklistDetails::version, ChecklistDetails::latest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(checklists.get("wastewater@1").items()).as("old versions never change").isEqualTo(v1.items());
        assertThatThrownBy(() -> checklists.create("Bad Key!", edited(v1))).isInstanceOf(DomainException.class);
    }

    @Test
    void aVisitKeepsTheQuestionsOfTheVersionItAnsweredAndANoBecomesARisk() {
        users.signIn(officer);
        ChecklistDetails v1 = checklists.get("hazardous-waste-storage@1");
        ChecklistItem labels = v1.item("hw-labels").orElseThrow();
        VisitDraft.ChecklistAnswers answers = new VisitDraft.ChecklistAnswers(v1.id(), List.of(
                new VisitDraft.Answer("hw-facility", VisitDraft.AnswerValue.YES, null),
                new VisitDraft.Answer("hw-labels", VisitDraft.AnswerValue.NO, "包装桶无标签"),
                new VisitDraft.Answer("hw-plan", VisitDraft.AnswerValue.NOT_APPLICABLE, null)));
        VisitDraft.FoundRisk fromNo = new VisitDraft.FoundRisk(labels.category(), labels.severity(),
                labels.text() + "：包装桶无标签", LocalDate.now().plusDays(15), null, List.of(), "hw-labels", List.of());
        VisitDetails visit = visits.submit(draft(answers, List.of(fromNo)), UUID.randomUUID().toString(), "web").visit();

        users.signIn(supervisor);
        checklists.revise("hazardous-waste-storage", 1, reworded(v1, "hw-labels", "危废标签信息完整（新版本措辞）"));
        users.signIn(officer);
        AnsweredChecklist kept = visits.get(visit.id()).checklist();
        assertThat(kept.templateId()).isEqualTo("hazardous-waste-storage@1");
        assertThat(kept.items()).extracting(AnsweredChecklist.Item::itemId, AnsweredChecklist.Item::answer, AnsweredChecklist.Item::text)
                .contains(org.assertj.core.groups.Tuple.tuple("hw-labels", VisitDraft.AnswerValue.NO, labels.text()));
        assertThat(visit.risks()).singleElement().satisfies(risk -> assertThat(risk.category()).isEqualTo("HAZARDOUS_WASTE"));

        VisitDraft.FoundRisk fromYes = new VisitDraft.FoundRisk(RiskCategory.HAZARDOUS_WASTE, Severity.GENERAL, "x",
                LocalDate.now().plusDays(15), null, List.of(), "hw-facility", List.of());
        assertThatThrownBy(() -> visits.submit(draft(answers, List.of(fromYes)), UUID.randomUUID().toString(), "web"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("visit.error.checklist-risk"));
        VisitDraft.ChecklistAnswers unknownItem = new VisitDraft.ChecklistAnswers(v1.id(),
                List.of(new VisitDraft.Answer("no-such-item", VisitDraft.AnswerValue.YES, null)));
        assertThatThrownBy(() -> visits.submit(draft(unknownItem, List.of()), UUID.randomUUID().toString(), "web"))
                .isInstanceOf(DomainException.class);
    }

    VisitDraft draft(VisitDraft.ChecklistAnswers answers, List<VisitDraft.FoundRisk> risks) {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");
        return new VisitDraft(enterprise.id(), VisitType.ROUTINE, start, start.plusHours(1), List.of(), "危废检查", null,
                List.of(), risks, answers, List.of());
    }

    static ChecklistDraft edited(ChecklistDetails template) {
        List<ChecklistItem> items = new ArrayList<>(template.items());
        items.add(new ChecklistItem("ww-added", "新增检查项", RiskCategory.WATER, Severity.GENERAL, null));
        return new ChecklistDraft(template.name(), template.topic(), Set.copyOf(template.visitTypes()), items);
    }

    static ChecklistDraft reworded(ChecklistDetails template, String itemId, String text) {
        return new ChecklistDraft(template.name(), template.topic(), Set.copyOf(template.visitTypes()), template.items().stream()
                .map(item -> item.id().equals(itemId) ? new ChecklistItem(item.id(), text, item.category(), item.severity(), item.basis()) : item)
                .toList());
    }
}
