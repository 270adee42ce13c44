package org.wanqi.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.wanqi.base.BusinessZone;
import org.wanqi.files.Attachment;
import org.wanqi.risk.HistoricRisk;
import org.wanqi.risk.RiskStatus;
import org.wanqi.risk.Severity;
import org.wanqi.security.Role;
import org.wanqi.visit.checklist.ChecklistDetails;
import org.wanqi.visit.checklist.ChecklistItem;

/**
 * Past visits and the risks they found, made up deterministically (the same seed and day give the
 * same history): the demo's last 18 months, and benchmark volumes up to millions of visits. Risks
 * move on as they would have: most are rectified and closed, some are rejected once, and some of
 * the older ones are still open past their deadline.
 */
final class VisitHistoryGenerator {

    /** An enterprise to visit. */
    record Place(String id, String name, String regionCode, boolean key) {
    }

    /** Someone who visits (an officer) or answers for an enterprise. */
    record Person(String id, String username, String displayName, String unitId, Role role) {
    }

    /** One generated visit with the risks it found. */
    record Generated(Visit visit, String officerName, List<HistoricRisk> risks) {
    }

    private static final VisitType[] TYPES = {VisitType.ASSISTANCE, VisitType.ASSISTANCE, VisitType.ASSISTANCE,
            VisitType.ROUTINE, VisitType.ROUTINE, VisitType.ROUTINE, VisitType.RANDOM_INSPECTION, VisitType.CAMPAIGN,
            VisitType.COMPLAINT, VisitType.RECHECK};
    private static final String[] SUMMARIES = {"检查危废贮存及台账管理情况", "了解治污设施运行情况，现场指导", "核查排污许可执行情况",
            "开展环保政策宣讲，帮助企业梳理环境管理制度", "检查在线监测设施运行与数据联网", "核查群众反映的异味问题",
            "对前次检查发现问题进行回头看", "检查扬尘防治措施落实情况", "指导企业完善突发环境事件应急预案"};
    private static final String[] ADVICE = {"完善危险废物管理台账，做到日清月结", "定期更换活性炭并留存更换记录",
            "按排污许可证要求开展自行监测并公开信息", "加强治污设施日常巡检，建立运行记录", "修订突发环境事件应急预案并组织演练",
            "规范排污口标志牌设置", "落实雨污分流，初期雨水收集处理", "料堆全覆盖，出入口车辆冲洗"};
    private static final String[] REPRESENTATIVES = {"王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "孙强", "周杰", "吴霞"};
    private static final String[] NOTES = {"现场发现", "部分区域", "台账缺失近两个月", "标识褪色", "记录不完整", "设施已停运"};

    private final String idPrefix;
    private final Random random;
    private final LocalDate today;
    private final ZoneId zone;
    private final int months;
    private final List<Place> places;
    private final Map<String, List<Person>> officersByUnit;
    private final List<Person> cityOfficers;
    private final Map<String, Person> enterpriseAccounts;
    private final List<ChecklistDetails> checklists;

    /** @param idPrefix starts every visit id ({@code <prefix>-0000001}), so several histories can share a database */
    VisitHistoryGenerator(String idPrefix, long seed, LocalDate today, ZoneId zone, int months, List<Place> places,
                          Map<String, List<Person>> officersByUnit, List<Person> cityOfficers,
                          Map<String, Person> enterpriseAccounts, List<ChecklistDetails> checklists) {
        this.idPrefix = idPrefix;
        this.random = new Random(seed);
        this.today = today;
        this.zone = zone;
        this.months = months;
        this.places = List.copyOf(places);
        this.officersByUnit = Map.copyOf(officersByUnit);
        this.cityOfficers = List.copyOf(cityOfficers);
        this.enterpriseAccounts = Map.copyOf(enterpriseAccounts);
        this.checklists = List.copyOf(checklists);
    }

    /** {@code count} visits spread over the months before today, oldest first; key enterprises twice as often. */
    Stream<Generated> visits(int count) {
        LocalDate first = today.minusMonths(months);
        long days = first.until(today, java.time.temporal.ChronoUnit.DAYS);
        return IntStream.range(0, count).mapToObj(n -> {
            return visit(n + 1, BusinessZone.workingDayOnOrBefore(first.plusDays(days * n / count)));
        });
    }

    private Generated visit(int number, LocalDate day) {
        Place place = place();
        List<Person> team = team(place);
        Instant started = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(480))).atZone(zone).toInstant();
        Visit visit = new Visit();
        visit.id = "%s-%07d".formatted(idPrefix, number);
        visit.idempotencyKey = "history-" + visit.id;
        visit.enterpriseId = place.id();
        visit.enterpriseName = place.name();
        visit.regionCode = place.regionCode();
        visit.type = TYPES[random.nextInt(TYPES.length)];
        visit.startedAt = started;
        visit.endedAt = started.plusSeconds(60L * (40 + random.nextInt(110)));
        visit.officerIds = team.stream().map(Person::id).toList();
        visit.unitId = team.getFirst().unitId();
        visit.summary = SUMMARIES[random.nextInt(SUMMARIES.length)];
        visit.representative = REPRESENTATIVES[random.nextInt(REPRESENTATIVES.length)];
        visit.advice = IntStream.range(0, 1 + random.nextInt(3))
                .mapToObj(i -> new VisitDraft.Advice(ADVICE[random.nextInt(ADVICE.length)], List.of())).distinct().toList();
        visit.channel = random.nextInt(3) == 0 ? "web" : "api";
        visit.submittedBy = team.getFirst().username();
        visit.submittedAt = visit.endedAt.plusSeconds(60L * random.nextInt(30));
        visit.attachments = new ArrayList<Attachment>();
        List<ChecklistItem> failed = new ArrayList<>();
        if (!checklists.isEmpty() && random.nextBoolean()) {
            visit.checklist = answer(checklists.get(random.nextInt(checklists.size())), failed);
        }
        List<HistoricRisk> risks = new ArrayList<>();
        if (visit.checklist == null && !checklists.isEmpty() && random.nextInt(10) < 3) {
            List<ChecklistItem> items = checklists.get(random.nextInt(checklists.size())).items();
            found(visit, items.get(random.nextInt(items.size())), null, day);
            risks.add(risk(visit, 0, team.getFirst(), place));
        }
        for (ChecklistItem item : failed) {
            found(visit, item, item.id(), day);
            risks.add(risk(visit, visit.foundRisks.size() - 1, team.getFirst(), place));
        }
        return new Generated(visit, team.getFirst().displayName(), risks);
    }

    private void found(Visit visit, ChecklistItem item, String checklistItemId, LocalDate day) {
        String description = item.text() + "：" + NOTES[random.nextInt(NOTES.length)];
        visit.foundRisks.add(new VisitDraft.FoundRisk(item.category(), item.severity(), description,
                day.plusDays(deadlineDays(item.severity())), visit.representative, item.citations(), checklistItemId, List.of()));
    }

    private AnsweredChecklist answer(ChecklistDetails template, List<ChecklistItem> failed) {
        List<AnsweredChecklist.Item> items = new ArrayList<>();
        for (ChecklistItem item : template.items()) {
            int roll = random.nextInt(100);
            VisitDraft.AnswerValue answer = roll < 8 ? VisitDraft.AnswerValue.NO
                    : roll < 15 ? VisitDraft.AnswerValue.NOT_APPLICABLE : VisitDraft.AnswerValue.YES;
            if (answer == VisitDraft.AnswerValue.NO) {
                failed.add(item);
            }
            items.add(new AnsweredChecklist.Item(item.id(), item.text(), answer, null));
        }
        return new AnsweredChecklist(template.id(), template.name(), template.version(), List.copyOf(items));
    }

    /** The risk as it went on: acknowledged, rectified (mostly in time), verified — as far as today allows. */
    private HistoricRisk risk(Visit visit, int index, Person finder, Place place) {
        VisitDraft.FoundRisk found = visit.foundRisks.get(index);
        Person enterprise = enterpriseAccounts.getOrDefault(place.id(), finder);
        Instant now = today.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
        Instant deadline = found.deadline().atTime(LocalTime.of(17, 0)).atZone(zone).toInstant();
        List<HistoricRisk.Step> steps = new ArrayList<>();
        Instant at = visit.endedAt.plusSeconds(3600L * (20 + random.nextInt(100)));
        boolean stuck = random.nextInt(100) < 6;
        if (at.isBefore(now)) {
            steps.add(new HistoricRisk.Step(at, enterprise.username(), enterprise.displayName(), enterprise.role(),
                    RiskStatus.RECTIFYING, null));
            boolean rejectOnce = random.nextInt(100) < 10;
            for (int attempt = 0; attempt < (rejectOnce ? 2 : 1) && !stuck; attempt++) {
                long window = Math.max(1, deadline.getEpochSecond() - at.getEpochSecond());
                at = at.plusSeconds((long) (window * (0.3 + random.nextDouble() * 0.85)));
                if (!at.isBefore(now)) {
                    break;
                }
                steps.add(new HistoricRisk.Step(at, enterprise.username(), enterprise.displayName(), enterprise.role(),
                        RiskStatus.PENDING_VERIFICATION, "已完成整改，提交整改照片及说明"));
                at = at.plusSeconds(3600L * (24 + random.nextInt(150)));
                if (!at.isBefore(now)) {
                    break;
                }
                boolean last = attempt == (rejectOnce ? 1 : 0);
                steps.add(new HistoricRisk.Step(at, finder.username(), finder.displayName(), finder.role(),
                        last ? RiskStatus.CLOSED : RiskStatus.RECTIFYING, last ? "现场核查，整改到位，予以销号" : "整改不到位，请补充"));
            }
        }
        return new HistoricRisk(visit.riskId(index), place.id(), place.name(), place.regionCode(), visit.id, found.category(),
                found.severity(), found.description(), found.citations(), found.deadline(), found.responsible(),
                finder.username(), finder.displayName(), visit.endedAt, steps);
    }

    private static int deadlineDays(Severity severity) {
        return switch (severity) {
            case GENERAL -> 30;
            case MAJOR -> 20;
            case SEVERE -> 10;
        };
    }

    private Place place() {
        Place place = places.get(random.nextInt(places.size()));
        return place.key() || random.nextBoolean() ? place : places.get(random.nextInt(places.size()));
    }

    private List<Person> team(Place place) {
        List<Person> county = officersByUnit.getOrDefault(place.regionCode(), cityOfficers);
        List<Person> pool = county.isEmpty() ? cityOfficers : county;
        Person lead = pool.get(random.nextInt(pool.size()));
        if (pool.size() > 1 && random.nextInt(3) > 0) {
            Person second = pool.get(random.nextInt(pool.size()));
            return second.equals(lead) ? List.of(lead) : List.of(lead, second);
        }
        return List.of(lead);
    }
}
