package org.wanqi.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.wanqi.ApiClient;
import org.wanqi.TestDatabase;
import org.wanqi.audit.AuditEvent;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseDraft;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.SupervisionTier;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;
import tools.jackson.databind.JsonNode;

/**
 * A county's quarter draw from commitment to publication: the commitment is public before the seed,
 * the tasks go to the drawn inspectors, the 双随机抽查 visit closes one, the supervisor publishes, and
 * anonymous callers read only the published fields and can verify the draw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RandomInspectionsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RandomInspections inspections;
    @Autowired
    InspectorDirectory directory;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    VisitService visits;
    @Autowired
    UnitService units;
    TestUsers users;
    ApiClient api;
    WanqiUser supervisor;
    List<WanqiUser> officers;

    @BeforeEach
    void aCountyWithKeyEnterprisesAndCertifiedOfficers() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        api = new ApiClient(port);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        for (int i = 1; i <= 8; i++) {
            EnterpriseDraft draft = TestEnterprises.draft("沧县第" + i + "化工有限公司", "130921", i, PollutionCategory.AIR);
            draft.setSupervisionTier(SupervisionTier.KEY);
            enterprises.create(draft);
        }
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
        officers = List.of(users.certified("insp.1", "130921", "13092100101"), users.certified("insp.2", "130921", "13092100102"),
                users.certified("insp.3", "130921", "13092100103"));
        users.create("no.certificate", Role.OFFICER, null, "130921");
        users.certified("insp.expired", "130921", "13092100104", LocalDate.now().minusDays(2));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void aQuarterDrawFromCommitmentToPublication() {
        users.signIn(supervisor);
        DrawDetails committed = inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", false));
        assertThat(committed.inspectors()).as("only officers of the county with a valid certificate").isEqualTo(3);
        assertThat(committed.enterprises()).isEqualTo(8);

        JsonNode before = api.send("GET", "/api/v1/public/draws/" + committed.id(), null, null, null).body();
        assertThat(before.get("commitment").asString()).isEqualTo(committed.commitment()).hasSize(64);
        assertThat(before.get("seed").isNull()).as("the seed stays secret until the draw").isTrue();
        assertThat(before.get("inputs").asString()).contains("rule percent KEY 25").doesNotContain("insp.1");
        assertThat(api.send("POST", "/api/v1/public/draws/" + committed.id() + "/verify", null, null, null).body()
                .get("matches").asBoolean()).isFalse();

        DrawDetails drawn = inspections.run(committed.id());
        assertThat(drawn.seed()).hasSize(64);
        assertThat(RandomDraw.commitment(drawn.seed(), drawn.inputs())).isEqualTo(committed.commitment());
        List<TaskDetails> tasks = inspections.tasks(drawn.id());
        assertThat(tasks).as("25 % of 8 key enterprises").hasSize(2)
                .allSatisfy(task -> assertThat(task.inspectorIds()).hasSize(2));
        assertThatThrownBy(() -> inspections.run(committed.id())).isInstanceOf(DomainException.class);

        TaskDetails task = tasks.getFirst();
        WanqiUser inspector = officers.stream().filter(o -> o.id().equals(task.inspectorIds().getFirst())).findFirst().orElseThrow();
        users.signIn(inspector);
        assertThat(inspections.myTasks()).extracting(TaskDetails::id).contains(task.id());
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2);
        visits.submit(new VisitDraft(task.enterpriseId(), VisitType.RANDOM_INSPECTION, started, started.plusHours(1), List.of(),
                "双随机抽查", null, List.of(), List.of(new VisitDraft.FoundRisk(RiskCategory.AIR, Severity.GENERAL, "废气治理设施未正常运行",
                        LocalDate.now().plusDays(15), "张经理", List.of(), null, List.of())), null, List.of()),
                UUID.randomUUID().toString(), "web");
        TaskDetails done = inspections.myTasks().stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.PROBLEMS_FOUND);

        assertThat(api.send("GET", "/api/v1/public/inspections", null, null, null).body().get("total").asLong())
                .as("nothing is public before approval").isZero();
        users.signIn(supervisor);
        assertThat(inspections.publish(drawn.id())).isEqualTo(1);

        ApiClient.Answer published = api.send("GET", "/api/v1/public/inspections", null, null, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("total").asLong()).isEqualTo(1);
        JsonNode item = published.body().get("items").get(0);
        assertThat(item.get("drawId").asString()).isEqualTo(drawn.id());
        assertThat(item.get("enterpriseName").asString()).isEqualTo(task.enterpriseName());
        assertThat(item.get("uscc").asString()).hasSize(18);
        assertThat(item.get("outcome").asString()).isEqualTo("PROBLEMS_FOUND");
        assertThat(item.get("problems").get(0).get("status").asString()).isEqualTo("OPEN");
        String everything = published.body().toString();
        assertThat(everything).as("no personal data").doesNotContain("insp.", "测试insp", "张经理", "13092100", inspector.id());
        assertThat(api.send("POST", "/api/v1/public/draws/" + drawn.id() + "/verify", null, null, null).body()
                .get("matches").asBoolean()).isTrue();
        assertThat(api.send("GET", "/api/v1/public/inspections/figures?quarter=2026-Q4", null, null, null).body()
                .get("byLevel").get("COUNTY").get("drawn").asLong()).isEqualTo(2);
        assertThat(mongo.findAll(AuditEvent.class)).extracting(AuditEvent::action).contains("committed", "drawn", "published");
    }

    @Test
    void aTamperedResultOrSeedFailsVerification() {
        users.signIn(supervisor);
        DrawDetails drawn = inspections.run(inspections.commit(
                new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", false)).id());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(drawn.id())),
                Update.update("result", drawn.result().replaceFirst("\\|KEY\\|", "|GENERAL|")), Draw.class);
        JsonNode verdict = api.send("POST", "/api/v1/public/draws/" + drawn.id() + "/verify", null, null, null).body();
        assertThat(verdict.get("commitmentMatches").asBoolean()).isTrue();
        assertThat(verdict.get("resultMatches").asBoolean()).isFalse();
        assertThat(verdict.get("matches").asBoolean()).isFalse();
    }

    @Test
    void aRedrawIsANewAuditedDrawAndTheOldOneKeepsItsRecord() {
        users.signIn(supervisor);
        DrawDetails first = inspections.run(inspections.commit(
                new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", false)).id());
        assertThatThrownBy(() -> inspections.redraw(first.id(), " ")).isInstanceOf(DomainException.class);
        DrawDetails second = inspections.redraw(first.id(), "一名检查人员长期病假");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.redrawOf()).isEqualTo(first.id());
        assertThat(second.redrawReason()).isEqualTo("一名检查人员长期病假");
        DrawDetails old = inspections.get(first.id());
        assertThat(old.result()).isEqualTo(first.result());
        assertThat(old.commitment()).isEqualTo(first.commitment());
        assertThat(old.supersededBy()).isEqualTo(second.id());
        assertThat(inspections.tasks(first.id())).extracting(TaskDetails::status).containsOnly(TaskStatus.CANCELLED);
        assertThat(mongo.findAll(AuditEvent.class)).extracting(AuditEvent::action).contains("redrawn");
    }

    @Test
    void inACrossRegionDrawInspectorsOfAnotherCountyAreSentAndMayInspectOnlyWhatTheyWereSentTo() {
        List<WanqiUser> renqiu = List.of(users.certified("rq.1", "130982", "13098200101"), users.certified("rq.2", "130982", "13098200102"));
        users.signIn(supervisor);
        DrawDetails drawn = inspections.run(inspections.commit(
                new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", true)).id());
        List<TaskDetails> tasks = inspections.tasks(drawn.id());
        assertThat(tasks).allSatisfy(task -> assertThat(task.inspectorIds())
                .containsExactlyInAnyOrderElementsOf(renqiu.stream().map(WanqiUser::id).toList()));
        String sentTo = tasks.getFirst().enterpriseId();
        String notSentTo = enterprises.page(EnterpriseFilter.none(), PageRequest.of(0, 20))
                .stream().map(EnterpriseDetails::id).filter(id -> tasks.stream().noneMatch(task -> task.enterpriseId().equals(id))).findFirst().orElseThrow();
        users.signIn(renqiu.getFirst());
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3);
        visits.submit(new VisitDraft(sentTo, VisitType.RANDOM_INSPECTION, started, started.plusHours(1), List.of(), "交叉检查",
                null, List.of(), List.of(), null, List.of()), UUID.randomUUID().toString(), "web");
        assertThat(inspections.myTasks()).filteredOn(task -> task.enterpriseId().equals(sentTo))
                .singleElement().satisfies(task -> assertThat(task.outcome()).isEqualTo(Outcome.NO_PROBLEM));
        assertThatThrownBy(() -> enterprises.get(notSentTo)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDrawFromPartOfTheDirectoryPublishesItsFilterAndStillVerifies() {
        users.signIn(users.find("root"));
        List<String> water = new ArrayList<>();
        for (int i = 11; i <= 14; i++) {
            EnterpriseDraft draft = TestEnterprises.draft("沧县第" + i + "污水处理有限公司", "130921", i, PollutionCategory.WATER);
            draft.setSupervisionTier(SupervisionTier.KEY);
            water.add(enterprises.create(draft).id());
        }
        users.signIn(supervisor);
        assertThatThrownBy(() -> inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921",
                false, new DrawInputs.Filter(Set.of(), "C 26")))).isInstanceOf(DomainException.class);
        DrawDetails committed = inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921",
                false, new DrawInputs.Filter(Set.of(PollutionCategory.WATER), null)));
        assertThat(committed.enterprises()).as("only the water enterprises of the directory").isEqualTo(4);
        assertThat(committed.inputs()).contains("population categories WATER\n");
        DrawDetails drawn = inspections.run(committed.id());
        assertThat(inspections.tasks(drawn.id())).as("25 % of 4 key enterprises").hasSize(1)
                .allSatisfy(task -> assertThat(water).contains(task.enterpriseId()));
        assertThat(api.send("POST", "/api/v1/public/draws/" + drawn.id() + "/verify", null, null, null).body()
                .get("matches").asBoolean()).isTrue();
    }

    @Test
    void aCountysCrossRegionDrawSendsInspectorsOfOtherCounties() {
        List<String> renqiu = List.of(users.certified("rq.1", "130982", "13098200101").id(),
                users.certified("rq.2", "130982", "13098200102").id());
        users.signIn(users.create("cx.chief", Role.SUPERVISOR, null, "130921"));
        DrawDetails committed = inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY, "130921", true));
        assertThat(committed.inspectors()).as("the city's officers with a valid certificate").isEqualTo(5);
        assertThat(inspections.tasks(inspections.run(committed.id()).id())).isNotEmpty()
                .allSatisfy(task -> assertThat(task.inspectorIds()).containsExactlyInAnyOrderElementsOf(renqiu));
    }

    @Test
    void theDirectoryShowsWhoseCertificateIsNoLongerValid() {
        users.signIn(supervisor);
        assertThat(directory.inspectors()).extracting(InspectorDirectory.Entry::certificateNumber, InspectorDirectory.Entry::certified)
                .contains(tuple("13092100101", true), tuple("13092100104", false));
    }

    @Test
    void onlySupervisorsDrawAndOnlyInTheirArea() {
        users.signIn(officers.getFirst());
        assertThatThrownBy(() -> inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY,
                "130921", false))).isInstanceOf(AccessDeniedException.class);
        users.signIn(users.create("county.chief", Role.SUPERVISOR, null, "130982"));
        assertThatThrownBy(() -> inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.COUNTY,
                "130921", false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.commit(new RandomInspections.DrawRequest("2026-Q4", DrawInputs.DrawLevel.MUNICIPAL,
                null, false))).isInstanceOf(AccessDeniedException.class);
        assertThat(api.send("GET", "/api/v1/public/inspections?size=1000", null, null, null).status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/v1/public/inspections/figures?quarter=%24gt", null, null, null).status()).isEqualTo(400);
    }
}
