package org.wanqi.inspection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.Slices;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.OperatingStatus;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.UserService;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitLogged;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/**
 * Random inspections for staff: supervisors commit, run, re-draw and publish draws; officers work the
 * tasks drawn for them, which the 双随机抽查 visit to the enterprise closes. Every step is audited.
 */
@Service
@EnableConfigurationProperties(InspectionProperties.class)
public class RandomInspections {

    private static final Logger log = LoggerFactory.getLogger(RandomInspections.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ENTITY = "random-draw";

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final UserService users;
    private final VisitService visits;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final InspectionProperties properties;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    RandomInspections(MongoTemplate mongo, EnterpriseService enterprises, UserService users, VisitService visits, DataScope scope,
                      CurrentUser currentUser, InspectionProperties properties, ApplicationEventPublisher events,
                      BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.users = users;
        this.visits = visits;
        this.scope = scope;
        this.currentUser = currentUser;
        this.properties = properties;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * What a supervisor asks for: a quarter ({@code 2026-Q4}), the level, the county for a county
     * draw, cross-region mode, and which enterprises of the directory it is drawn from.
     */
    public record DrawRequest(String quarter, DrawInputs.DrawLevel level, String unitId, boolean crossRegion,
                              DrawInputs.Filter filter) {

        public DrawRequest {
            filter = filter == null ? DrawInputs.Filter.NONE : filter;
        }

        /** A draw from the level's whole directory. */
        public DrawRequest(String quarter, DrawInputs.DrawLevel level, String unitId, boolean crossRegion) {
            this(quarter, level, unitId, crossRegion, DrawInputs.Filter.NONE);
        }
    }

    /**
     * Freezes the directory, the pool and the rules, picks a fresh secret seed and publishes the
     * commitment to both. Nothing is drawn yet.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public DrawDetails commit(DrawRequest request) {
        if (request.quarter() == null || !request.quarter().matches("\\d{4}-Q[1-4]")) {
            throw new DomainException("draw.error.quarter");
        }
        if (request.filter().industryPrefix() != null && !DrawInputs.Filter.INDUSTRY.matcher(request.filter().industryPrefix()).matches()) {
            throw new DomainException("draw.error.industry");
        }
        boolean county = request.level() == DrawInputs.DrawLevel.COUNTY;
        if (county ? request.unitId() == null || !scope.coversRegion(request.unitId()) : !scope.citywide()) {
            throw new AccessDeniedException("Draw outside the caller's area");
        }
        DrawInputs inputs = freeze(request);
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        Draw draw = new Draw();
        draw.id = new ObjectId().toHexString();
        draw.quarter = request.quarter();
        draw.level = request.level();
        draw.unitId = county ? request.unitId() : null;
        draw.inputs = inputs.text();
        draw.seed = HexFormat.of().formatHex(seed);
        draw.commitment = RandomDraw.commitment(draw.seed, draw.inputs);
        draw.state = Draw.State.COMMITTED;
        draw.committedBy = currentUser.require().getUsername();
        draw.committedAt = clock.instant();
        draw.enterprises = inputs.population().size();
        draw.inspectors = inputs.inspectors().size();
        draw = mongo.insert(draw);
        audit(draw.id, "committed");
        return draw.details(false);
    }

    private DrawInputs freeze(DrawRequest request) {
        String county = request.level() == DrawInputs.DrawLevel.COUNTY ? request.unitId() : null;
        EnterpriseFilter filter = new EnterpriseFilter(null, county, null, null, OperatingStatus.OPERATING, null);
        int all = (int) Math.max(1, enterprises.count(filter));
        List<DrawInputs.Candidate> population = enterprises.page(filter, PageRequest.of(0, all)).stream()
                .filter(e -> e.supervisionTier() != null && request.filter().admits(e.pollutionCategories(), e.industryCode()))
                .map(e -> new DrawInputs.Candidate(e.id(), e.regionCode(), e.supervisionTier(), e.name())).toList();
        LocalDate today = zone.dateOf(clock.instant());
        Map<String, Set<String>> recent = new HashMap<>();
        VisitFilter window = new VisitFilter(null, today.minusDays(properties.recusalDays()), today, null);
        int visited = (int) Math.max(1, visits.count(window));
        visits.page(window, PageRequest.of(0, visited)).forEach(visit -> visit.officerIds().forEach(officer ->
                recent.computeIfAbsent(officer, id -> new HashSet<>()).add(visit.enterpriseId())));
        Map<String, InspectorProfile> profiles = new HashMap<>();
        mongo.findAll(InspectorProfile.class).forEach(profile -> profiles.put(profile.userId, profile));
        List<UserService.Officer> officers = request.crossRegion() ? users.crossRegionInspectors() : users.certifiedOfficers();
        List<DrawInputs.Inspector> pool = officers.stream()
                .filter(officer -> officer.certifiedOn(today))
                .filter(officer -> county == null || request.crossRegion() || county.equals(officer.unitId()))
                .filter(officer -> profiles.get(officer.id()) == null || profiles.get(officer.id()).available)
                .map(officer -> new DrawInputs.Inspector(officer.id(), officer.unitId(),
                        profiles.containsKey(officer.id()) ? profiles.get(officer.id()).conflicts : Set.of(),
                        recent.getOrDefault(officer.id(), Set.of())))
                .toList();
        return new DrawInputs(request.quarter(), request.level(), county, request.filter(), new DrawInputs.Rules(properties.percent(),
                properties.inspectorsPerEnterprise(), properties.recusalDays(), request.crossRegion()), population, pool);
    }

    /** Draws from the committed seed, reveals it, and gives each drawn enterprise its inspection task. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public DrawDetails run(String id) {
        Draw draw = load(id);
        if (draw.state != Draw.State.COMMITTED || draw.supersededBy != null) {
            throw new DomainException("draw.error.drawn");
        }
        DrawInputs inputs = DrawInputs.parse(draw.inputs);
        List<RandomDraw.Assignment> assignments = RandomDraw.run(draw.seed, inputs);
        Map<String, DrawInputs.Candidate> directory = new HashMap<>();
        inputs.population().forEach(candidate -> directory.put(candidate.enterpriseId(), candidate));
        Map<String, String> unitOf = new HashMap<>();
        inputs.inspectors().forEach(inspector -> unitOf.put(inspector.id(), inspector.unitId()));
        boolean drawnNow = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(Draw.State.COMMITTED)),
                new Update().set("state", Draw.State.DRAWN).set("result", RandomDraw.resultText(assignments))
                        .set("drawnBy", currentUser.require().getUsername()).set("drawnAt", clock.instant()).inc("version", 1),
                Draw.class).getModifiedCount() == 1;
        if (!drawnNow) {
            throw new DomainException("draw.error.drawn");
        }
        for (RandomDraw.Assignment assignment : assignments) {
            DrawInputs.Candidate enterprise = directory.get(assignment.enterpriseId());
            InspectionTask task = new InspectionTask();
            task.id = id + "-" + assignment.enterpriseId();
            task.drawId = id;
            task.quarter = draw.quarter;
            task.level = draw.level;
            task.enterpriseId = enterprise.enterpriseId();
            task.enterpriseName = enterprise.name();
            task.uscc = enterprises.get(enterprise.enterpriseId()).uscc();
            task.regionCode = enterprise.regionCode();
            task.tier = assignment.tier();
            task.inspectorIds = assignment.inspectorIds();
            task.unitId = assignment.inspectorIds().isEmpty() ? null : unitOf.get(assignment.inspectorIds().getFirst());
            task.status = TaskStatus.OPEN;
            mongo.insert(task);
        }
        audit(id, "drawn");
        return load(id).details(false);
    }

    /**
     * Draws again, for a reason: a new draw is committed from today's directory and pool, the old one
     * keeps its record and names its successor, and its open tasks are cancelled. Not once any of its
     * tasks was inspected.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public DrawDetails redraw(String id, String reason) {
        Draw old = load(id);
        if (reason == null || reason.isBlank() || reason.length() > 500 || reason.contains("<") || reason.contains(">")) {
            throw new DomainException("draw.error.reason");
        }
        if (old.supersededBy != null || mongo.exists(Query.query(Criteria.where("drawId").is(id).and("status").is(TaskStatus.DONE)),
                InspectionTask.class)) {
            throw new DomainException("draw.error.redraw");
        }
        DrawInputs before = DrawInputs.parse(old.inputs);
        DrawDetails next = commit(new DrawRequest(old.quarter, old.level, old.unitId, before.rules().crossRegion(), before.filter()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id())),
                new Update().set("redrawOf", id).set("redrawReason", reason.strip()), Draw.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("supersededBy", next.id()), Draw.class);
        mongo.updateMulti(Query.query(Criteria.where("drawId").is(id).and("status").is(TaskStatus.OPEN)),
                new Update().set("status", TaskStatus.CANCELLED), InspectionTask.class);
        events.publishEvent(new AuditEntry(currentUser.require().getUsername(), ENTITY, id, "redrawn",
                List.of(new AuditEntry.FieldChange("reason", null, reason.strip()), new AuditEntry.FieldChange("supersededBy", null, next.id()))));
        return load(next.id()).details(false);
    }

    /** Approves publication (一公开) of the draw's inspected tasks; returns how many were newly published. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public long publish(String id) {
        load(id);
        long published = mongo.updateMulti(Query.query(Criteria.where("drawId").is(id).and("status").is(TaskStatus.DONE)
                .and("published").is(false)), new Update().set("published", true).inc("version", 1), InspectionTask.class)
                .getModifiedCount();
        audit(id, "published");
        return published;
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public DrawDetails get(String id) {
        return load(id).details(false);
    }

    /** Draws in the caller's area, newest first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public Slice<DrawDetails> page(Pageable pageable) {
        return Slices.of(mongo.stream(new Query().with(Sort.by(Sort.Direction.DESC, "committedAt")), Draw.class)
                .filter(this::visible), pageable).map(draw -> draw.details(false));
    }

    /** A draw's tasks, by enterprise. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public List<TaskDetails> tasks(String drawId) {
        load(drawId);
        return mongo.find(Query.query(Criteria.where("drawId").is(drawId)).with(Sort.by("enterpriseId")), InspectionTask.class)
                .stream().map(InspectionTask::details).toList();
    }

    /** The signed-in officer's inspection tasks, open ones first. */
    @PreAuthorize("hasRole('OFFICER')")
    public List<TaskDetails> myTasks() {
        String me = currentUser.require().id();
        return mongo.find(Query.query(Criteria.where("inspectorIds").is(me).and("status").ne(TaskStatus.CANCELLED))
                        .with(Sort.by("status", "enterpriseName")), InspectionTask.class).stream()
                .map(InspectionTask::details).toList();
    }

    /** An inspector corrects the outcome of their inspection (e.g. a violation referred for a case), until it is published. */
    @PreAuthorize("hasRole('OFFICER')")
    public TaskDetails recordOutcome(String taskId, Outcome outcome) {
        InspectionTask task = mongo.findById(taskId, InspectionTask.class);
        if (task == null || !task.inspectorIds.contains(currentUser.require().id())) {
            throw new NotFoundException("Task " + taskId);
        }
        if (task.status != TaskStatus.DONE || task.published) {
            throw new DomainException("task.error.outcome");
        }
        task.outcome = outcome;
        task = mongo.save(task);
        audit(task.drawId, "outcome." + outcome.name());
        return task.details();
    }

    /** The 双随机抽查 visit to a drawn enterprise, by one of its inspectors, closes that enterprise's open task. */
    @EventListener
    void on(VisitLogged visit) {
        if (visit.type() != VisitType.RANDOM_INSPECTION) {
            return;
        }
        try {
            Query open = Query.query(Criteria.where("enterpriseId").is(visit.enterpriseId()).and("status").is(TaskStatus.OPEN)
                    .and("inspectorIds").in(visit.officerIds()));
            mongo.updateFirst(open, new Update().set("status", TaskStatus.DONE).set("visitId", visit.visitId())
                    .set("inspectedOn", zone.dateOf(visit.startedAt())).set("unitId", visit.unitId()).set("riskIds", visit.riskIds())
                    .set("outcome", visit.riskIds().isEmpty() ? Outcome.NO_PROBLEM : Outcome.PROBLEMS_FOUND).inc("version", 1),
                    InspectionTask.class);
        } catch (RuntimeException e) {
            log.error("Could not close the inspection task of visit {}", visit.visitId(), e);
        }
    }

    private boolean visible(Draw draw) {
        return draw.unitId == null || scope.coversRegion(draw.unitId) || scope.citywide();
    }

    private Draw load(String id) {
        Draw draw = id == null ? null : mongo.findById(id, Draw.class);
        if (draw == null || !visible(draw)) {
            throw new NotFoundException("Draw " + id);
        }
        return draw;
    }

    private void audit(String drawId, String action) {
        WanqiUser user = currentUser.require();
        events.publishEvent(AuditEntry.of(user.getUsername(), ENTITY, drawId, action));
    }
}
