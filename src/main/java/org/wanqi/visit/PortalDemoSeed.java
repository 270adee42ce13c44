package org.wanqi.visit;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.seed.SeedFiles;
import org.wanqi.base.seed.SeedOrder;
import org.wanqi.enterprise.EnterpriseRef;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.files.FileService;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.RiskService;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;

/**
 * The demo enterprise accounts' own story, written through the services as its people would: for
 * each enterprise with a login, an officer of its county logs a routine check (two risks, a photo)
 * twelve days ago and an assistance visit two days ago (one risk); the enterprise rectifies the first
 * risk with a photo and the officer closes it, acknowledges the second, and rates the check. So the
 * portal shows open and closed risks, advice and attachments from the first start.
 */
@Component
@Order(SeedOrder.VISITS + 1)
class PortalDemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PortalDemoSeed.class);
    private static final String KEY_PREFIX = "portal-demo-";

    private final MongoTemplate mongo;
    private final SeedFiles seed;
    private final SystemTasks system;
    private final VisitService visits;
    private final VisitRatings ratings;
    private final RiskService risks;
    private final FileService files;
    private final EnterpriseService enterprises;
    private final BusinessZone zone;
    private final Clock clock;

    PortalDemoSeed(MongoTemplate mongo, SeedFiles seed, SystemTasks system, VisitService visits, VisitRatings ratings,
                   RiskService risks, FileService files, EnterpriseService enterprises, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.seed = seed;
        this.system = system;
        this.visits = visits;
        this.ratings = ratings;
        this.risks = risks;
        this.files = files;
        this.enterprises = enterprises;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!seed.demoEnabled()) {
            return;
        }
        Map<String, String> accounts = new HashMap<>();
        Map<String, List<String>> officersByUnit = new HashMap<>();
        system.asEachUser(Set.of(Role.ENTERPRISE, Role.OFFICER), user -> {
            if (user.hasRole(Role.ENTERPRISE)) {
                accounts.putIfAbsent(user.enterpriseId(), user.getUsername());
            } else {
                officersByUnit.computeIfAbsent(user.unitId(), unit -> new ArrayList<>()).add(user.getUsername());
            }
        });
        accounts.forEach((enterpriseId, account) -> {
            if (mongo.findById(KEY_PREFIX + enterpriseId + "-1", SubmissionKey.class) != null) {
                return;
            }
            EnterpriseRef enterprise = system.call(() -> enterprises.ref(enterpriseId));
            List<String> officers = officersByUnit.getOrDefault(enterprise.regionCode(), List.of());
            if (!officers.isEmpty()) {
                story(enterprise, account, officers.stream().sorted().findFirst().orElseThrow());
                log.info("Demo portal story written for {} ({})", enterprise.name(), account);
            }
        });
    }

    private void story(EnterpriseRef enterprise, String account, String officer) {
        LocalDate today = zone.dateOf(clock.instant());
        VisitDetails[] logged = new VisitDetails[2];
        system.asUser(officer, () -> {
            String sitePhoto = files.storeDraft(files.accept("现场照片.png", photo("现场检查 " + today.minusDays(12), 1))).id();
            logged[0] = visits.submit(new VisitDraft(enterprise.id(), VisitType.ROUTINE, at(today.minusDays(12), 9, 30),
                    at(today.minusDays(12), 11, 0), List.of(), "例行检查危险废物贮存、废气治理设施运行及台账记录情况。", "环保负责人",
                    List.of(new VisitDraft.Advice("危废贮存间张贴危险废物识别标志，完善出入库台账，做到账物相符。",
                                    List.of("《固体废物污染环境防治法》第七十七条")),
                            new VisitDraft.Advice("VOCs 治理设施运行记录每日填写，活性炭按设计周期更换并留存购买、更换记录。",
                                    List.of("《大气污染防治法》第四十五条"))),
                    List.of(new VisitDraft.FoundRisk(RiskCategory.HAZARDOUS_WASTE, Severity.GENERAL,
                                    "危废贮存间未张贴危险废物识别标志，出入库台账记录不全。", today.plusDays(5), "环保负责人",
                                    List.of("《固体废物污染环境防治法》第七十七条"), null, List.of()),
                            new VisitDraft.FoundRisk(RiskCategory.VOCS, Severity.MAJOR,
                                    "活性炭吸附装置未按期更换，无更换记录。", today.plusDays(15), "生产部经理",
                                    List.of("《大气污染防治法》第四十五条"), null, List.of())),
                    null, List.of(sitePhoto)), KEY_PREFIX + enterprise.id() + "-1", "web").visit();
            logged[1] = visits.submit(new VisitDraft(enterprise.id(), VisitType.ASSISTANCE, at(today.minusDays(2), 14, 0),
                    at(today.minusDays(2), 15, 30), List.of(), "帮扶企业对照排污许可证要求完善自行监测方案。", "环保专员",
                    List.of(new VisitDraft.Advice("按排污许可证载明的点位、指标和频次补充无组织排放监测内容，并在平台公开监测结果。",
                            List.of())),
                    List.of(new VisitDraft.FoundRisk(RiskCategory.PAPERWORK, Severity.GENERAL,
                            "自行监测方案未包含厂界无组织排放监测点位。", today.plusDays(20), "环保专员", List.of(), null, List.of())),
                    null, List.of()), KEY_PREFIX + enterprise.id() + "-2", "api").visit();
        });
        String rectified = logged[0].risks().get(0).id();
        String acknowledged = logged[0].risks().get(1).id();
        system.asUser(account, () -> {
            move(rectified, RiskStatus.RECTIFYING, "已安排整改", List.of());
            String evidence = risks.attach(rectified, files.accept("整改照片.png", photo("整改后 识别标志已张贴", 2))).attachment().id();
            move(rectified, RiskStatus.PENDING_VERIFICATION, "已张贴危险废物识别标志，补全近三个月出入库台账。", List.of(evidence));
            move(acknowledged, RiskStatus.RECTIFYING, "已订购活性炭，预计两周内更换", List.of());
            ratings.rate(logged[0].id(), 5, "检查人员讲解细致，建议具体可操作。");
        });
        system.asUser(officer, () -> move(rectified, RiskStatus.CLOSED, "现场核查：识别标志已张贴，台账完整，予以销号。", List.of()));
    }

    private void move(String riskId, RiskStatus to, String reason, List<String> evidence) {
        risks.transition(riskId, to, reason, evidence, risks.get(riskId).version());
    }

    private OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone.zoneId()).toOffsetDateTime();
    }

    /** A stand-in site photo: a labelled gradient, so the demo's thumbnails show something. */
    static byte[] photo(String label, int variant) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70, 110 + 40 * variant, 90), 640, 480, new Color(200, 210, 190)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        g.drawString(label, 40, 440);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
