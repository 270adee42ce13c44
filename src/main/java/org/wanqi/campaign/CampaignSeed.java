package org.wanqi.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitDraft;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * The demo's two past campaigns, written through the services as their people would: last
 * autumn-winter's air assistance drive (every risk found rectified) and a 20-day dust drive half a
 * year ago (one risk still being rectified), each with checks by two officers of the enterprise's
 * county, then closed.
 */
@Component
@Order(SeedOrder.VISITS + 3)
class CampaignSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignSeed.class);

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final SystemTasks system;
    private final CampaignService campaigns;
    private final VisitService visits;
    private final RiskService risks;
    private final BusinessZone zone;
    private final Clock clock;

    CampaignSeed(MongoTemplate mongo, SeedFiles seed, SystemTasks system, CampaignService campaigns, VisitService visits,
                 RiskService risks, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.system = system;
        this.campaigns = campaigns;
        this.visits = visits;
        this.risks = risks;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seed.demoEnabled() || mongo.exists(new Query(), Campaign.class)) {
            return;
        }
        Map<String, List<WanqiUser>> officers = new TreeMap<>();
        system.asEachUser(Set.of(Role.OFFICER), user -> officers.computeIfAbsent(user.unitId(), unit -> new ArrayList<>()).add(user));
        LocalDate today = zone.dateOf(clock.instant());
        int year = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        drive(new CampaignDraft(year + "—" + (year + 1) + "年秋冬季大气污染防治帮扶专项行动", CampaignKind.AIR, LocalDate.of(year, 10, 1),
                LocalDate.of(year + 1, 3, 31), Set.of(PollutionCategory.AIR), Set.of(), null, Set.of(), officers.keySet(),
                CampaignMode.LOCAL, 120, 60), officers, 3, false);
        LocalDate dustStart = today.minusMonths(6).withDayOfMonth(5);
        drive(new CampaignDraft("扬尘污染防治 20 天攻坚行动", CampaignKind.DUST, dustStart, dustStart.plusDays(19),
                Set.of(PollutionCategory.DUST), Set.of(), null, Set.of(), officers.keySet(), CampaignMode.CROSS, 40, 20),
                officers, 2, true);
    }

    /** Creates the campaign, checks every {@code every}-th targeted enterprise, rectifies the risks found (one left open if asked), closes it. */
    private void drive(CampaignDraft draft, Map<String, List<WanqiUser>> officers, int every, boolean leaveOneOpen) {
        CampaignDetails campaign = system.callAs("supervisor", () -> campaigns.create(draft));
        List<EnterpriseDetails> targets = system.callAs("supervisor", () -> campaigns.unchecked(campaign.id()));
        long days = draft.startDate().until(draft.endDate(), ChronoUnit.DAYS);
        int checked = 0;
        boolean openLeft = false;
        for (int i = 0; i < targets.size(); i += every) {
            EnterpriseDetails enterprise = targets.get(i);
            List<WanqiUser> team = officers.getOrDefault(enterprise.regionCode(), List.of());
            if (team.isEmpty()) {
                continue;
            }
            LocalDate day = BusinessZone.workingDayOnOrBefore(draft.startDate().plusDays(days * i / Math.max(1, targets.size())));
            boolean risk = checked % 3 == 1;
            VisitDetails logged = system.callAs(team.getFirst().getUsername(), () -> visits.submit(check(enterprise, campaign, day, team, risk),
                    "campaign-" + campaign.id() + "-" + enterprise.id(), "web").visit());
            for (VisitDetails.RiskSummary found : logged.risks()) {
                boolean keepOpen = leaveOneOpen && !openLeft;
                openLeft |= keepOpen;
                system.asUser(team.getFirst().getUsername(), () -> rectify(found.id(), keepOpen));
            }
            checked++;
        }
        system.asUser("supervisor", () -> campaigns.close(campaign.id(), campaigns.get(campaign.id()).version()));
        log.info("Demo campaign {}: {} checks", draft.name(), checked);
    }

    private VisitDraft check(EnterpriseDetails enterprise, CampaignDetails campaign, LocalDate day, List<WanqiUser> team, boolean risk) {
        OffsetDateTime started = day.atTime(LocalTime.of(9, 0)).atZone(zone.zoneId()).toOffsetDateTime();
        boolean air = campaign.kind() == CampaignKind.AIR;
        List<VisitDraft.FoundRisk> found = risk ? List.of(new VisitDraft.FoundRisk(air ? RiskCategory.AIR : RiskCategory.DUST,
                Severity.GENERAL, air ? "废气收集罩破损，无组织排放明显。" : "物料堆场未完全苫盖，车辆出入未冲洗。",
                zone.dateOf(clock.instant()).plusDays(15), null, List.of(), null, List.of())) : List.of();
        return new VisitDraft(enterprise.id(), VisitType.CAMPAIGN, started, started.plusMinutes(80),
                team.stream().limit(2).map(WanqiUser::id).toList(), air ? "专项帮扶：检查涉气治理设施运行与台账。" : "专项检查：检查料堆苫盖、道路硬化与车辆冲洗。",
                null, List.of(new VisitDraft.Advice(air ? "按期更换活性炭并记录，确保收集效率。" : "裸露地面全部苫盖，出入口设置冲洗平台。", List.of())),
                found, null, List.of(), campaign.id());
    }

    private void rectify(String riskId, boolean keepOpen) {
        risks.transition(riskId, RiskStatus.RECTIFYING, "企业已安排整改", List.of(), risks.get(riskId).version());
        if (!keepOpen) {
            risks.transition(riskId, RiskStatus.PENDING_VERIFICATION, "已整改并提交照片", List.of(), risks.get(riskId).version());
            risks.transition(riskId, RiskStatus.CLOSED, "复查合格，予以销号", List.of(), risks.get(riskId).version());
        }
    }
}
