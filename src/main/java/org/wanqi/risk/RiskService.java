package org.wanqi.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.validation.Validator;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.GroupWriter;
import org.wanqi.base.mongo.IdPages;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.mongo.WriteSet;
import org.wanqi.base.validation.Checks;
import org.wanqi.enterprise.EnterpriseRef;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.files.FileOwner;
import org.wanqi.files.FileService;
import org.wanqi.files.Upload;
import org.wanqi.regulation.CitationUses;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;

/**
 * Risks and their lifecycle. Who may move a risk is the domain's rule ({@link RiskStatus}); this
 * service adds scope (an officer sees their county's risks, an enterprise its own), optimistic
 * locking, and puts every step on the audit log and the enterprise's timeline.
 */
@Service
public class RiskService implements CitationUses {

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final FileService files;
    private final RiskIndex index;
    private final GroupWriter writer;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    RiskService(MongoTemplate mongo, EnterpriseService enterprises, FileService files, RiskIndex index, GroupWriter writer, DataScope scope, CurrentUser currentUser,
                Validator validator, ApplicationEventPublisher events, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.files = files;
        this.index = index;
        this.writer = writer;
        this.scope = scope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    /** Records a risk found at an enterprise in the officer's area; it starts OPEN. */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public RiskDetails create(RiskDraft draft) {
        WriteSet writes = WriteSet.unguarded();
        RiskDetails created = add(writes, new ObjectId().toHexString(), draft);
        writer.write(writes);
        return created;
    }

    /**
     * Records a risk under a given id (a visit's risks have ids derived from the visit's), once: when
     * a risk with this id exists already nothing is written and that risk is returned. This is what
     * makes a retried visit submission complete, never duplicate, its risks.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public RiskDetails createOnce(String id, RiskDraft draft) {
        Risk existing = mongo.findById(id, Risk.class);
        if (existing != null) {
            return details(existing);
        }
        Risk risk = found(id, draft);
        try {
            writer.write(recorded(WriteSet.guardedBy(risk), risk));
            return details(risk);
        } catch (DuplicateKeyException taken) {
            return details(mongo.findById(id, Risk.class));
        }
    }

    /**
     * Adds a new risk under {@code id} to {@code writes}, which the caller writes (with the visit that
     * found it, say): validated and built here, on the board once written.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public RiskDetails add(WriteSet writes, String id, RiskDraft draft) {
        Risk risk = found(id, draft);
        recorded(writes.insert(risk), risk);
        return details(risk);
    }

    /** The new risk, validated, with its evidence files claimed; not stored yet. */
    private Risk found(String id, RiskDraft draft) {
        Checks.requireValid(validator, draft);
        EnterpriseRef enterprise = enterprises.ref(draft.enterpriseId());
        Instant now = clock.instant();
        if (draft.deadline().isBefore(zone.dateOf(now))) {
            throw new DomainException("risk.error.deadline-past");
        }
        Risk risk = Risk.found(id, enterprise.id(), enterprise.name(), enterprise.regionCode(), draft.visitId(),
                draft.category(), draft.severity(), draft.description().strip(), draft.citations(), draft.deadline(),
                draft.responsible(), currentUser.require().getUsername(), now);
        risk.attachments = files.claim(draft.attachmentIds(), FileOwner.risk(risk.id, risk.enterpriseId, risk.regionCode));
        risk.attachmentSlots = risk.attachments.size();
        return risk;
    }

    /** The audit and timeline entries of a new risk, and the board's update once it is written. */
    private WriteSet recorded(WriteSet writes, Risk risk) {
        WanqiUser user = currentUser.require();
        return writes.event(AuditEntry.of(user.getUsername(), "risk", risk.id, "created"))
                .event(new TimelineEntry(risk.enterpriseId, risk.createdAt, "risk", user.displayName(),
                        "timeline.risk.created", List.of(risk.description), List.of()))
                .afterWrite(() -> {
                    index.put(risk);
                    events.publishEvent(new RiskChanged(null, RiskFacts.of(risk)));
                });
    }

    /**
     * Every stored risk as figures see it, oldest found first: what derived figures (the analytics
     * rollups) are rebuilt from. Read a page at a time, sorted here (the facts are small).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void replay(Consumer<RiskFacts> consumer) {
        List<RiskFacts> all = new ArrayList<>();
        IdPages.forEach(mongo, Risk.class, risk -> risk.id,
                List.of("enterpriseId", "regionCode", "category", "createdAt", "updatedAt", "deadline", "status", "history"),
                risk -> all.add(RiskFacts.of(risk)));
        all.sort(Comparator.comparing(RiskFacts::foundAt));
        all.forEach(consumer);
    }

    /** One risk; outside the caller's scope it does not exist for them. */
    @PreAuthorize("isAuthenticated()")
    public RiskDetails get(String id) {
        return details(load(id));
    }

    /** Risks in the caller's scope: open ones by deadline, the nearest first, then closed ones, the latest closed first. */
    @PreAuthorize("isAuthenticated()")
    public Slice<RiskDetails> page(RiskFilter filter, Pageable pageable) {
        return Slices.fetched(index.page(matching(filter), pageable.getOffset(), pageable.getPageSize() + 1), pageable)
                .map(this::details);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(RiskFilter filter) {
        return index.count(matching(filter));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public long risksCiting(String citationKey) {
        return index.count(matching(RiskFilter.none()).and(row -> row.cited().contains(citationKey)));
    }

    /** How many risks in the caller's scope are in each status, overdue, and due soon, in one pass. */
    @PreAuthorize("isAuthenticated()")
    public RiskCounts counts() {
        LocalDate today = zone.dateOf(clock.instant());
        Map<RiskStatus, Long> byStatus = new EnumMap<>(RiskStatus.class);
        Arrays.stream(RiskStatus.values()).forEach(status -> byStatus.put(status, 0L));
        long[] overdueAndDueSoon = {0, 0};
        index.stream(matching(RiskFilter.none())).forEach(row -> {
            byStatus.merge(row.status(), 1L, Long::sum);
            overdueAndDueSoon[0] += row.overdue(today) ? 1 : 0;
            overdueAndDueSoon[1] += Risk.dueSoon(row.status(), row.deadline(), today) ? 1 : 0;
        });
        return new RiskCounts(byStatus, overdueAndDueSoon[0], overdueAndDueSoon[1]);
    }

    /** Risks per status, overdue, and due within {@value Risk#DUE_SOON_DAYS} days: a board's headline, the bell. */
    public record RiskCounts(Map<RiskStatus, Long> byStatus, long overdue, long dueSoon) {
    }

    /** The filter and the caller's scope, as one test of the index's rows. */
    private Predicate<RiskIndex.Row> matching(RiskFilter filter) {
        LocalDate today = zone.dateOf(clock.instant());
        DataScope.Test visible = scope.current();
        return row -> visible.allows(row.enterpriseId(), row.regionCode()) && row.matches(filter, today);
    }

    /**
     * Moves a risk on its lifecycle. The caller's role must allow the move (see {@link RiskStatus});
     * {@code expectedVersion} is the version the caller saw: if someone moved it since, nothing happens.
     */
    @PreAuthorize("isAuthenticated()")
    public RiskDetails transition(String id, RiskStatus to, String reason, List<String> evidenceIds, long expectedVersion) {
        Risk risk = loadAt(id, expectedVersion);
        WanqiUser user = currentUser.require();
        RiskStatus from = risk.status;
        RiskFacts before = RiskFacts.of(risk);
        risk.moveTo(to, user.roles(), user.getUsername(), user.displayName(), reason, evidenceIds, clock.instant());
        risk = mongo.save(risk);
        index.put(risk);
        events.publishEvent(new RiskChanged(before, RiskFacts.of(risk)));
        events.publishEvent(new AuditEntry(user.getUsername(), "risk", id, "transition",
                List.of(new AuditEntry.FieldChange("status", from.name(), to.name()))));
        events.publishEvent(new TimelineEntry(risk.enterpriseId, risk.updatedAt, "risk", user.displayName(),
                "timeline.risk." + to.name(), List.of(risk.description), List.of()));
        return details(risk);
    }

    /**
     * Adds an evidence file to a risk that is not closed: officers on site, or the enterprise showing
     * its rectification. The file's id can then be given as evidence to {@link #transition}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'ENTERPRISE')")
    public FileService.Attached attach(String id, Upload upload) {
        Risk risk = load(id);
        if (risk.status == RiskStatus.CLOSED) {
            throw new RiskRefusedException("risk.error.closed");
        }
        FileService.Attached attached = files.attach(Risk.class, FileOwner.risk(risk.id, risk.enterpriseId, risk.regionCode),
                risk.attachments, upload);
        if (attached.created()) {
            events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), "risk", id, "attached"));
        }
        return attached;
    }

    /** A supervisor extends the deadline, with a reason. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public RiskDetails extendDeadline(String id, LocalDate newDeadline, String reason, long expectedVersion) {
        Risk risk = loadAt(id, expectedVersion);
        WanqiUser user = currentUser.require();
        LocalDate before = risk.deadline;
        RiskFacts facts = RiskFacts.of(risk);
        risk.extendDeadline(newDeadline, user.roles(), user.getUsername(), user.displayName(), reason, clock.instant());
        risk = mongo.save(risk);
        index.put(risk);
        events.publishEvent(new RiskChanged(facts, RiskFacts.of(risk)));
        events.publishEvent(new AuditEntry(user.getUsername(), "risk", id, "deadline.extended",
                List.of(new AuditEntry.FieldChange("deadline", before.toString(), newDeadline.toString()))));
        return details(risk);
    }

    private Risk loadAt(String id, long expectedVersion) {
        Risk risk = load(id);
        if (risk.version == null || risk.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Risk " + id + " changed since version " + expectedVersion);
        }
        return risk;
    }

    private Risk load(String id) {
        Risk risk = id == null ? null : mongo.findById(id, Risk.class);
        if (risk == null) {
            throw new NotFoundException("Risk " + id);
        }
        scope.requireVisible("risk", id, risk.enterpriseId, risk.regionCode);
        return risk;
    }

    private RiskDetails details(Risk risk) {
        Set<Role> roles = currentUser.require().roles();
        List<RiskStatus> allowed = Arrays.stream(RiskStatus.values()).filter(to -> risk.status.allows(to, roles)).toList();
        return new RiskDetails(risk.id, risk.enterpriseId, risk.enterpriseName, risk.visitId, risk.category, risk.severity,
                risk.description, List.copyOf(risk.citations), risk.deadline, risk.responsible, risk.status,
                risk.overdue(zone.dateOf(clock.instant())), List.copyOf(risk.history), List.copyOf(risk.attachments), risk.createdAt,
                risk.version == null ? 0 : risk.version, allowed);
    }
}
