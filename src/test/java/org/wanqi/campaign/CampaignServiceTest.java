package org.wanqi.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/** A campaign's rules and live figures: coverage of its targets, 人次 and 家次, risks found and rectified, per unit, in one paragraph. */
@WanqiSpringTest
class CampaignServiceTest {

    /** 2026-06-15 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    CampaignService campaigns;
    @Autowired
    VisitService visits;
    @Autowired
    RiskService risks;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    WanqiUser supervisor;
    WanqiUser officer;
    WanqiUser officerRenqiu;
    List<EnterpriseDetails> air;

    @BeforeEach
    void threeAirEnterprisesAndAWaterOne() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        air = List.of(enterprises.create(TestEnterprises.draft("沧县一号化工", "130921", 1, PollutionCategory.AIR)),
                enterprises.create(TestEnterprises.draft("沧县二号化工", "130921", 2, PollutionCategory.AIR, PollutionCategory.VOCS)),
                enterprises.create(TestEnterprises.draft("任丘三号涂料", "130982", 3, PollutionCategory.AIR)));
        enterprises.create(TestEnterprises.draft("沧县水务", "130921", 4, PollutionCategory.WATER));
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
        officer = users.create("officer", Role.OFFICER, null, "130921");
        officerRenqiu = users.create("officer.rq", Role.OFFICER, null, "130982");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private CampaignDetails airDrive() {
        users.signIn(supervisor);
        return campaigns.create(new CampaignDraft("秋冬季大气污染防治帮扶专项行动", CampaignKind.AIR, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30), Set.of(PollutionCategory.AIR), Set.of(), null, Set.of(), Set.of("130921", "130982"),
                CampaignMode.LOCAL, 10, 3));
    }

    private VisitDetails check(WanqiUser who, EnterpriseDetails enterprise, String campaignId, int officers, boolean risk) {
        users.signIn(who);
        OffsetDateTime started = OffsetDateTime.parse("2026-06-10T09:00:00+08:00");
        List<String> team = officers == 1 ? List.of(who.id()) : List.of(who.id(), "helper-" + who.id());
        return visits.submit(new VisitDraft(enterprise.id(), VisitType.CAMPAIGN, started, started.plusHours(1), team, "专项检查", null,
                List.of(), risk ? List.of(new VisitDraft.FoundRisk(RiskCategory.AIR, Severity.GENERAL, "废气收集不到位",
                        LocalDate.of(2026, 6, 25), null, List.of(), null, List.of())) : List.of(), null, List.of(), campaignId),
                UUID.randomUUID().toString(), "web").visit();
    }

    @Test
    void progressAndTheSummaryAreComputedFromTheCampaignsVisits() {
        CampaignDetails drive = airDrive();
        VisitDetails first = check(officer, air.get(0), drive.id(), 2, true);
        check(officer, air.get(0), drive.id(), 1, false);
        check(officerRenqiu, air.get(2), drive.id(), 2, true);
        String risk = first.risks().getFirst().id();
        users.signIn(officer);
        risks.transition(risk, RiskStatus.RECTIFYING, null, List.of(), 0);
        risks.transition(risk, RiskStatus.PENDING_VERIFICATION, "已整改", List.of(), risks.get(risk).version());
        risks.transition(risk, RiskStatus.CLOSED, "核查合格", List.of(), risks.get(risk).version());

        users.signIn(supervisor);
        CampaignProgress progress = campaigns.progress(drive.id());
        assertThat(progress.officerVisits()).as("人次").isEqualTo(5);
        assertThat(progress.checks()).as("家次").isEqualTo(3);
        assertThat(progress.enterprisesChecked()).isEqualTo(2);
        assertThat(progress.targeted()).as("the water enterprise is not targeted").isEqualTo(3);
        assertThat(progress.checkedTargeted()).isEqualTo(2);
        assertThat(progress.coverage()).isEqualTo(66.7);
        assertThat(progress.risksFound()).isEqualTo(2);
        assertThat(progress.risksRectified()).isEqualTo(1);
        assertThat(progress.risksOpen()).isEqualTo(1);
        assertThat(progress.perUnit()).extracting(CampaignProgress.UnitProgress::unitId).containsExactly("130921", "130982");
        assertThat(progress.perUnit().getFirst().officerVisits()).isEqualTo(3);
        assertThat(campaigns.summary(drive.id(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "秋冬季大气污染防治帮扶专项行动（2026-06-01 至 2026-06-30）期间，共出动执法人员 5 人次，检查企业 3 家次，"
                        + "排查目标企业 2 家（共 3 家），覆盖率达到 66.7%，帮扶企业发现环境风险隐患 2 个，已整改 1 个，正在整改 1 个。");

        users.signIn(officer);
        assertThat(campaigns.progress(drive.id()).checks()).as("an officer sees their county's share").isEqualTo(2);
        assertThat(campaigns.unchecked(drive.id())).extracting(EnterpriseDetails::name).containsExactly("沧县二号化工");
    }

    @Test
    void whenEveryRiskIsRectifiedTheSummarySaysSo() {
        CampaignDetails drive = airDrive();
        VisitDetails visit = check(officer, air.get(1), drive.id(), 1, true);
        String risk = visit.risks().getFirst().id();
        risks.transition(risk, RiskStatus.RECTIFYING, null, List.of(), 0);
        risks.transition(risk, RiskStatus.PENDING_VERIFICATION, "已整改", List.of(), risks.get(risk).version());
        risks.transition(risk, RiskStatus.CLOSED, "核查合格", List.of(), risks.get(risk).version());
        users.signIn(supervisor);
        assertThat(campaigns.summary(drive.id(), Locale.SIMPLIFIED_CHINESE)).endsWith("帮扶企业发现环境风险隐患 1 个，并全部督促整改完毕。");
    }

    private CampaignDetails campaignIn(String county, CampaignMode mode) {
        users.signIn(supervisor);
        return campaigns.create(new CampaignDraft("沧县赴任丘交叉执法检查", CampaignKind.AIR, LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 20), Set.of(PollutionCategory.AIR), Set.of(county), null, Set.of(), Set.of("130921"), mode, 0, 0));
    }

    @Test
    void aCrossRegionCampaignLetsItsUnitsOfficersWorkWhereItSendsThemWhileItRuns() {
        CampaignDetails cross = campaignIn("130982", CampaignMode.CROSS);
        EnterpriseDetails renqiu = air.get(2);
        users.signIn(officer);
        assertThat(enterprises.get(renqiu.id()).name()).isEqualTo("任丘三号涂料");
        assertThat(campaigns.unchecked(cross.id())).extracting(EnterpriseDetails::name).containsExactly("任丘三号涂料");
        OffsetDateTime started = OffsetDateTime.parse("2026-06-15T08:30:00+08:00");
        VisitDetails checked = visits.submit(new VisitDraft(renqiu.id(), VisitType.CAMPAIGN, started, started.plusHours(1), List.of(),
                "交叉检查", null, List.of(), List.of(), null, List.of(), cross.id()), UUID.randomUUID().toString(), "web").visit();
        assertThat(checked.campaignId()).isEqualTo(cross.id());

        users.signIn(supervisor);
        campaigns.close(cross.id(), campaigns.get(cross.id()).version());
        users.signIn(officer);
        assertThatThrownBy(() -> enterprises.get(renqiu.id())).as("the grant ends with the campaign").isInstanceOf(NotFoundException.class);
        assertThat(visits.page(VisitFilter.none(), PageRequest.of(0, 10))).extracting(VisitDetails::id).doesNotContain(checked.id());
    }

    @Test
    void aCrossRegionCampaignNamingNoCountyNorEnterpriseSendsItsOfficersAcrossTheCity() {
        users.signIn(supervisor);
        campaigns.create(new CampaignDraft("全市巡回检查", CampaignKind.AIR, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20),
                Set.of(PollutionCategory.AIR), Set.of(), null, Set.of(), Set.of("130921"), CampaignMode.CIRCUIT, 0, 0));
        users.signIn(officer);
        assertThat(enterprises.get(air.get(2).id()).name()).isEqualTo("任丘三号涂料");
    }

    @Test
    void aLocalCampaignOrAnotherUnitsGrantsNothingBeyondTheCounty() {
        campaignIn("130982", CampaignMode.LOCAL);
        users.signIn(officer);
        assertThatThrownBy(() -> enterprises.get(air.get(2).id())).isInstanceOf(NotFoundException.class);
        campaignIn("130921", CampaignMode.CROSS);
        users.signIn(officerRenqiu);
        assertThatThrownBy(() -> enterprises.get(air.get(0).id())).as("任丘 does not take part").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCampaignCheckNeedsAnOpenCampaignCoveringItsDay() {
        CampaignDetails drive = airDrive();
        assertThatThrownBy(() -> check(officer, air.get(0), null, 1, false)).isInstanceOf(DomainException.class);
        users.signIn(officer);
        OffsetDateTime july = OffsetDateTime.parse("2026-07-02T09:00:00+08:00");
        assertThatThrownBy(() -> visits.submit(new VisitDraft(air.get(0).id(), VisitType.CAMPAIGN, july, july.plusHours(1), List.of(),
                "期外", null, List.of(), List.of(), null, List.of(), drive.id()), UUID.randomUUID().toString(), "web"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> visits.submit(new VisitDraft(air.get(0).id(), VisitType.ROUTINE, july, july.plusHours(1), List.of(),
                "日常", null, List.of(), List.of(), null, List.of(), drive.id()), UUID.randomUUID().toString(), "web"))
                .as("only campaign checks name a campaign").isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("x", CampaignKind.DUST, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 20), Set.of(), Set.of(), null, Set.of(), Set.of(), CampaignMode.LOCAL, 0, 0)))
                .as("officers do not create campaigns").isInstanceOf(AccessDeniedException.class);
        users.signIn(supervisor);
        campaigns.close(drive.id(), drive.version());
        assertThatThrownBy(() -> check(officer, air.get(0), drive.id(), 1, false)).isInstanceOf(DomainException.class);
        users.signIn(supervisor);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("倒序", CampaignKind.DUST, LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 6, 1), Set.of(), Set.of(), null, Set.of(), Set.of(), CampaignMode.LOCAL, 0, 0)))
                .isInstanceOf(DomainException.class);
    }
}
