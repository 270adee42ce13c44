package org.wanqi.visit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.validation.Validator;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.IdPages;
import org.wanqi.base.mongo.GroupWriter;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.mongo.WriteSet;
import org.wanqi.base.validation.Checks;
import org.wanqi.enterprise.EnterpriseRef;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.files.FileOwner;
import org.wanqi.files.FileService;
import org.wanqi.files.Upload;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskDraft;
import org.wanqi.risk.RiskService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.checklist.ChecklistDetails;
import org.wanqi.visit.checklist.ChecklistItem;
import org.wanqi.visit.checklist.ChecklistService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs visits. A submission carries an idempotency key: the first one claims the key (its primary
 * key, so racing retries cannot both win) and stores the visit and its risks; a retry with the same
 * key and the same content returns that visit, completing whatever a crash left unwritten; the same
 * key with other content is refused.
 */
@Service
public class VisitService {

    /** What {@link #submit} did: created the visit, or found it from an earlier try. */
    public record Submitted(VisitDetails visit, boolean created) {
    }

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final RiskService risks;
    private final ChecklistService checklists;
    private final FileService files;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;
    private final JsonMapper json;
    private final GroupWriter writer;
    private final ObjectProvider<CampaignDirectory> campaigns;

    VisitService(MongoTemplate mongo, EnterpriseService enterprises, RiskService risks, ChecklistService checklists,
                 FileService files, DataScope scope,
                 CurrentUser currentUser, Validator validator, ApplicationEventPublisher events, BusinessZone zone,
                 Clock clock, JsonMapper json, GroupWriter writer, ObjectProvider<CampaignDirectory> campaigns) {
        this.campaigns = campaigns;
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.risks = risks;
        this.checklists = checklists;
        this.files = files;
        this.scope = scope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
        this.json = json;
        this.writer = writer;
    }

    /**
     * Stores a visit (with its risks) once per {@code idempotencyKey}.
     *
     * @param channel how it was logged: {@code web} or {@code api}
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public Submitted submit(VisitDraft draft, String idempotencyKey, String channel) {
        Checks.requireValid(validator, draft);
        if (draft.endedAt().isBefore(draft.startedAt())) {
            throw new DomainException("visit.error.ends-before-start");
        }
        if (draft.type() == VisitType.CAMPAIGN) {
            campaigns.orderedStream().forEach(check -> check.requireOpenFor(draft.campaignId(), draft.enterpriseId(), zone.dateOf(draft.startedAt().toInstant())));
        } else if (draft.campaignId() != null) {
            throw new DomainException("visit.error.campaign-type");
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        String digest = digest(draft);
        SubmissionKey earlier;
        try {
            return new Submitted(store(draft, new SubmissionKey(idempotencyKey, new ObjectId().toHexString(), digest),
                    channel, true), true);
        } catch (DuplicateKeyException retried) {
            earlier = mongo.findById(idempotencyKey, SubmissionKey.class);
        } catch (DomainException | NotFoundException refused) {
            // a retry of a visit stored days ago may fail today's checks (a deadline now past): answer it as stored
            earlier = mongo.findById(idempotencyKey, SubmissionKey.class);
            if (earlier == null) {
                throw refused;
            }
        }
        if (!earlier.digest().equals(digest)) {
            throw new IdempotencyConflictException();
        }
        writer.awaitWritten();
        Visit stored = mongo.findById(earlier.visitId(), Visit.class);
        if (stored == null) {
            try {
                return new Submitted(store(draft, earlier, channel, false), true);
            } catch (DuplicateKeyException raced) {
                stored = mongo.findById(earlier.visitId(), Visit.class);
            }
        }
        load(stored.id);
        return new Submitted(details(stored, recordRisks(stored)), false);
    }

    /**
     * Writes the visit of {@code key} with its risks, audit and timeline entries as one group. A new
     * submission is guarded by its key (when it cites uploaded files the key is written first, so
     * only the winner claims them); one that completes a key whose visit a crash left unwritten is
     * guarded by the visit itself.
     *
     * @throws DuplicateKeyException when another submission holds the key, or wrote the visit
     */
    private VisitDetails store(VisitDraft draft, SubmissionKey key, String channel, boolean newKey) {
        EnterpriseRef enterprise = enterprises.ref(draft.enterpriseId());
        AnsweredChecklist checklist = answered(draft);
        WanqiUser user = currentUser.require();
        Visit visit = new Visit();
        visit.id = key.visitId();
        visit.version = 0L;
        visit.idempotencyKey = key.key();
        visit.enterpriseId = enterprise.id();
        visit.enterpriseName = enterprise.name();
        visit.regionCode = enterprise.regionCode();
        visit.type = draft.type();
        visit.startedAt = draft.startedAt().toInstant();
        visit.endedAt = draft.endedAt().toInstant();
        visit.officerIds = draft.officerIds().isEmpty() ? List.of(user.id()) : List.copyOf(draft.officerIds());
        visit.unitId = user.unitId();
        visit.summary = draft.summary();
        visit.representative = draft.representative();
        visit.advice = draft.advice();
        visit.foundRisks = draft.risks();
        visit.checklist = checklist;
        visit.channel = channel;
        visit.campaignId = draft.campaignId();
        visit.submittedBy = user.getUsername();
        visit.submittedAt = clock.instant();
        WriteSet writes;
        if (!newKey) {
            writes = WriteSet.guardedBy(visit);
        } else if (citesFiles(draft)) {
            writer.write(WriteSet.guardedBy(key));
            writes = WriteSet.unguarded().insert(visit);
        } else {
            writes = WriteSet.guardedBy(key).insert(visit);
        }
        visit.attachments = files.claim(draft.attachmentIds(), owner(visit));
        visit.attachmentSlots = visit.attachments.size();
        List<RiskDetails> found = new ArrayList<>();
        for (int i = 0; i < visit.foundRisks.size(); i++) {
            found.add(risks.add(writes, visit.riskId(i), riskDraft(visit, visit.foundRisks.get(i))));
        }
        writer.write(writes.event(AuditEntry.of(user.getUsername(), "visit", visit.id, "submitted"))
                .event(new TimelineEntry(visit.enterpriseId, visit.startedAt, "visit", user.displayName(),
                        "timeline.visit." + visit.type.name(), List.of(visit.summary == null ? "" : visit.summary),
                        List.of())));
        events.publishEvent(logged(visit));
        return details(visit, found);
    }

    private static boolean citesFiles(VisitDraft draft) {
        return !draft.attachmentIds().isEmpty() || draft.risks().stream().anyMatch(risk -> !risk.attachmentIds().isEmpty());
    }

    /**
     * Adds a file to a submitted visit (the mobile app uploads after submitting). The same bytes
     * uploaded again return the earlier attachment, so a retried upload stores nothing twice.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public FileService.Attached attach(String visitId, Upload upload) {
        Visit visit = load(visitId);
        FileService.Attached attached = files.attach(Visit.class, owner(visit), visit.attachments, upload);
        if (attached.created()) {
            events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), "visit", visitId, "attached"));
        }
        return attached;
    }

    /**
     * Appends a correction or addition to a submitted visit; what was submitted stays as it was.
     * {@code expectedVersion} is the version the caller read: if the visit changed since, nothing happens.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public VisitDetails supplement(String visitId, String text, long expectedVersion) {
        Visit visit = load(visitId);
        Checks.requireValid(validator, new Supplement.Text(text));
        String clean = text.strip();
        WanqiUser user = currentUser.require();
        Supplement supplement = new Supplement(clock.instant(), user.getUsername(), user.displayName(), clean);
        boolean appended = mongo.updateFirst(Query.query(Criteria.where("_id").is(visit.id).and("version").is(expectedVersion)),
                new Update().push("supplements", supplement).inc("version", 1), Visit.class).getModifiedCount() == 1;
        if (!appended) {
            throw new OptimisticLockingFailureException("Visit " + visitId + " changed since version " + expectedVersion);
        }
        events.publishEvent(new AuditEntry(user.getUsername(), "visit", visit.id, "supplemented",
                List.of(new AuditEntry.FieldChange("supplement", null, clean))));
        events.publishEvent(new TimelineEntry(visit.enterpriseId, supplement.at(), "visit", user.displayName(),
                "timeline.visit.supplement", List.of(clean), List.of()));
        return get(visitId);
    }

    @PreAuthorize("isAuthenticated()")
    public VisitDetails get(String id) {
        Visit visit = load(id);
        return details(visit, visitRisks(visit));
    }

    /** Visits in the caller's scope, newest first. */
    @PreAuthorize("isAuthenticated()")
    public Slice<VisitDetails> page(VisitFilter filter, Pageable pageable) {
        DataScope.Test visible = scope.current();
        return Slices.of(mongo.stream(query(filter), Visit.class)
                .filter(visit -> visible.allows(visit.enterpriseId, visit.regionCode)), pageable)
                .map(visit -> details(visit, visitRisks(visit)));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(VisitFilter filter) {
        DataScope.Test visible = scope.current();
        return mongo.stream(query(filter), Visit.class)
                .filter(visit -> visible.allows(visit.enterpriseId, visit.regionCode)).count();
    }

    /** The filter as a query; an enterprise user's query names their enterprise, so it reads only its rows. */
    private Query query(VisitFilter filter) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "startedAt"));
        WanqiUser user = currentUser.require();
        String enterpriseId = user.hasRole(Role.ENTERPRISE) ? user.enterpriseId() : filter.enterpriseId();
        if (enterpriseId != null) {
            query.addCriteria(Criteria.where("enterpriseId").is(enterpriseId));
        }
        if (filter.type() != null) {
            query.addCriteria(Criteria.where("type").is(filter.type()));
        }
        if (filter.campaignId() != null) {
            query.addCriteria(Criteria.where("campaignId").is(filter.campaignId()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria started = Criteria.where("startedAt");
            if (filter.from() != null) {
                started.gte(zone.startOf(filter.from()));
            }
            if (filter.to() != null) {
                started.lt(zone.startOf(filter.to().plusDays(1)));
            }
            query.addCriteria(started);
        }
        return query;
    }

    /**
     * Every stored visit as the event its submission published, in id order, a page at a time: what
     * derived figures (the analytics rollups) are rebuilt from.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void replay(Consumer<VisitLogged> consumer) {
        IdPages.forEach(mongo, Visit.class, visit -> visit.id,
                List.of("enterpriseId", "type", "startedAt", "officerIds", "unitId", "campaignId", "foundRisks"),
                visit -> consumer.accept(logged(visit)));
    }

    private static VisitLogged logged(Visit visit) {
        List<String> riskIds = new ArrayList<>();
        for (int i = 0; i < visit.foundRisks.size(); i++) {
            riskIds.add(visit.riskId(i));
        }
        return new VisitLogged(visit.id, visit.enterpriseId, visit.type, visit.startedAt, visit.officerIds, visit.unitId,
                visit.campaignId, riskIds);
    }

    /** The checklist answers with the questions as the template version asks them; refuses unknown items. */
    private AnsweredChecklist answered(VisitDraft draft) {
        if (draft.checklist() == null) {
            if (draft.risks().stream().anyMatch(risk -> risk.checklistItemId() != null)) {
                throw new DomainException("visit.error.checklist-risk");
            }
            return null;
        }
        ChecklistDetails template = checklists.get(draft.checklist().templateId());
        List<AnsweredChecklist.Item> items = new ArrayList<>();
        for (VisitDraft.Answer answer : draft.checklist().answers()) {
            ChecklistItem item = template.item(answer.itemId())
                    .orElseThrow(() -> new DomainException("visit.error.checklist-item", answer.itemId()));
            items.add(new AnsweredChecklist.Item(item.id(), item.text(), answer.answer(),
                    answer.note() == null || answer.note().isBlank() ? null : answer.note().strip()));
        }
        for (VisitDraft.FoundRisk risk : draft.risks()) {
            if (risk.checklistItemId() != null && items.stream().noneMatch(item ->
                    item.itemId().equals(risk.checklistItemId()) && item.answer() == VisitDraft.AnswerValue.NO)) {
                throw new DomainException("visit.error.checklist-risk");
            }
        }
        return new AnsweredChecklist(template.id(), template.name(), template.version(), List.copyOf(items));
    }

    private static FileOwner owner(Visit visit) {
        return FileOwner.visit(visit.id, visit.enterpriseId, visit.regionCode);
    }

    private List<RiskDetails> recordRisks(Visit visit) {
        List<RiskDetails> recorded = new ArrayList<>();
        for (int i = 0; i < visit.foundRisks.size(); i++) {
            recorded.add(risks.createOnce(visit.riskId(i), riskDraft(visit, visit.foundRisks.get(i))));
        }
        return recorded;
    }

    private static RiskDraft riskDraft(Visit visit, VisitDraft.FoundRisk found) {
        return new RiskDraft(visit.enterpriseId, visit.id, found.category(), found.severity(), found.description(),
                found.citations(), found.deadline(), found.responsible(), found.attachmentIds());
    }

    private List<RiskDetails> visitRisks(Visit visit) {
        List<RiskDetails> found = new ArrayList<>();
        for (int i = 0; i < visit.foundRisks.size(); i++) {
            found.add(risks.get(visit.riskId(i)));
        }
        return found;
    }

    /** The visit, if the caller may see it; otherwise it does not exist for them (and the attempt is audited). */
    Visit load(String id) {
        Visit visit = id == null ? null : mongo.findById(id, Visit.class);
        if (visit == null) {
            throw new NotFoundException("Visit " + id);
        }
        scope.requireVisible("visit", id, visit.enterpriseId, visit.regionCode);
        return visit;
    }

    private VisitDetails details(Visit visit, List<RiskDetails> found) {
        return new VisitDetails(visit.id, visit.enterpriseId, visit.enterpriseName, visit.type, zone.at(visit.startedAt).toOffsetDateTime(),
                zone.at(visit.endedAt).toOffsetDateTime(), List.copyOf(visit.officerIds), visit.unitId, visit.summary,
                visit.representative, List.copyOf(visit.advice),
                found.stream().map(VisitDetails.RiskSummary::of).toList(), visit.checklist, List.copyOf(visit.attachments),
                List.copyOf(visit.supplements), visit.channel,
                visit.version == null ? 0 : visit.version, visit.campaignId);
    }

    private String digest(VisitDraft draft) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(draft).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
