package org.wanqi.assistance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.validation.Checks;
import org.wanqi.base.validation.PlainText;
import org.wanqi.enterprise.EnterpriseRef;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.TimelineEntry;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;

/**
 * Help requests. An enterprise user files them for their own enterprise (the enterprise comes from
 * the signed-in user, never from the caller) and sees only their enterprise's; officers and
 * supervisors see and handle those of enterprises in their area. Every step is audited and goes on
 * the enterprise's timeline.
 */
@Service
public class AssistanceService {

    private static final String ENTITY = "assistance-request";

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    AssistanceService(MongoTemplate mongo, EnterpriseService enterprises, DataScope scope, CurrentUser currentUser,
                      Validator validator, ApplicationEventPublisher events, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.scope = scope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    /** Files a request for the signed-in enterprise user's enterprise. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    public AssistanceDetails submit(AssistanceDraft draft) {
        Checks.requireValid(validator, draft);
        LocalDate today = zone.dateOf(clock.instant());
        if (draft.preferredFrom() != null && draft.preferredFrom().isBefore(today)) {
            throw new DomainException("assistance.error.date-past");
        }
        if (draft.preferredFrom() != null && draft.preferredTo() != null && draft.preferredTo().isBefore(draft.preferredFrom())) {
            throw new DomainException("assistance.error.dates-order");
        }
        WanqiUser user = currentUser.require();
        EnterpriseRef enterprise = enterprises.ref(user.enterpriseId());
        AssistanceRequest request = new AssistanceRequest();
        request.id = new ObjectId().toHexString();
        request.enterpriseId = enterprise.id();
        request.enterpriseName = enterprise.name();
        request.regionCode = enterprise.regionCode();
        request.topic = draft.topic();
        request.description = draft.description().strip();
        request.preferredFrom = draft.preferredFrom();
        request.preferredTo = draft.preferredTo();
        request.status = AssistanceStatus.SUBMITTED;
        request.requestedBy = user.getUsername();
        request.requestedByName = user.displayName();
        request.requestedAt = clock.instant();
        request = mongo.insert(request);
        recorded(request, "submitted", request.description);
        return request.details();
    }

    /** One request; outside the caller's scope it does not exist for them. */
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'SUPERVISOR', 'ADMIN')")
    public AssistanceDetails get(String id) {
        return load(id).details();
    }

    /** Requests in the caller's scope, newest first; {@code status} null for all. */
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'SUPERVISOR', 'ADMIN')")
    public Slice<AssistanceDetails> page(AssistanceStatus status, Pageable pageable) {
        DataScope.Test visible = scope.current();
        return Slices.of(mongo.stream(query(status), AssistanceRequest.class)
                .filter(request -> visible.allows(request.enterpriseId, request.regionCode)), pageable)
                .map(AssistanceRequest::details);
    }

    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'SUPERVISOR', 'ADMIN')")
    public long count(AssistanceStatus status) {
        DataScope.Test visible = scope.current();
        return mongo.stream(query(status), AssistanceRequest.class)
                .filter(request -> visible.allows(request.enterpriseId, request.regionCode)).count();
    }

    /** Requests made and requests handled (done or declined) in a period, in the caller's area or one region of it. */
    public record Handling(long received, long handled) {
    }

    /** How many requests were made in [from, to) and how many were handled (done or declined) in it; {@code regionCode} null for the caller's whole area. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Handling handling(Instant from, Instant to, String regionCode) {
        DataScope.Test visible = scope.current();
        Criteria inRegion = regionCode == null ? new Criteria() : Criteria.where("regionCode").is(regionCode);
        long[] counted = new long[2];
        mongo.stream(Query.query(new Criteria().andOperator(inRegion, new Criteria().orOperator(
                        Criteria.where("requestedAt").gte(from).lt(to), Criteria.where("handledAt").gte(from).lt(to)))), AssistanceRequest.class)
                .filter(request -> visible.allows(request.enterpriseId, request.regionCode)).forEach(request -> {
                    if (!request.requestedAt.isBefore(from) && request.requestedAt.isBefore(to)) {
                        counted[0]++;
                    }
                    if (!request.status.open() && request.handledAt != null && !request.handledAt.isBefore(from) && request.handledAt.isBefore(to)) {
                        counted[1]++;
                    }
                });
        return new Handling(counted[0], counted[1]);
    }

    /** An officer takes the request on (and will visit); {@code note} optional, e.g. when they will come. */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public AssistanceDetails accept(String id, String note, long expectedVersion) {
        AssistanceRequest request = loadAt(id, expectedVersion);
        if (request.status != AssistanceStatus.SUBMITTED) {
            throw new DomainException("assistance.error.not-submitted");
        }
        return handled(request, AssistanceStatus.ACCEPTED, text(note, false), null);
    }

    /** An officer declines the request; the enterprise sees the reason. */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public AssistanceDetails decline(String id, String reason, long expectedVersion) {
        AssistanceRequest request = loadAt(id, expectedVersion);
        if (!request.status.open()) {
            throw new DomainException("assistance.error.closed");
        }
        return handled(request, AssistanceStatus.DECLINED, text(reason, true), null);
    }

    /**
     * The request is answered: by the visit logged for it ({@code visitId}, at the same enterprise),
     * or, for a correction, by the corrected record ({@code visitId} null, {@code note} saying what changed).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public AssistanceDetails complete(String id, String visitId, String visitEnterpriseId, String note) {
        AssistanceRequest request = load(id);
        if (!request.status.open()) {
            throw new DomainException("assistance.error.closed");
        }
        if (visitId != null && !request.enterpriseId.equals(visitEnterpriseId)) {
            throw new DomainException("assistance.error.other-enterprise");
        }
        return handled(request, AssistanceStatus.DONE, text(note, visitId == null), visitId);
    }

    private AssistanceDetails handled(AssistanceRequest request, AssistanceStatus to, String answer, String visitId) {
        WanqiUser user = currentUser.require();
        request.status = to;
        request.handledBy = user.getUsername();
        request.handledByName = user.displayName();
        request.handledAt = clock.instant();
        request.answer = answer == null ? request.answer : answer;
        request.visitId = visitId;
        request = mongo.save(request);
        recorded(request, to.name().toLowerCase(Locale.ROOT), answer == null ? "" : answer);
        return request.details();
    }

    /** Free text from an officer: plain, at most 2,000 characters; {@code required} refuses blank. */
    private String text(String value, boolean required) {
        Checks.requireValid(validator, new Answer(value));
        String clean = value == null ? "" : value.strip();
        if (required && clean.isEmpty()) {
            throw new DomainException("assistance.error.reason-required");
        }
        return clean.isEmpty() ? null : clean;
    }

    /** An officer's note or reason, for validation. */
    record Answer(@Size(max = 2000) @PlainText String text) {
    }

    private void recorded(AssistanceRequest request, String action, String text) {
        WanqiUser user = currentUser.require();
        events.publishEvent(AuditEntry.of(user.getUsername(), ENTITY, request.id, action));
        events.publishEvent(new TimelineEntry(request.enterpriseId, clock.instant(), "assistance", user.displayName(),
                "timeline.assistance." + request.status.name(), List.of(text), List.of()));
    }

    private Query query(AssistanceStatus status) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "requestedAt"));
        WanqiUser user = currentUser.require();
        if (user.hasRole(Role.ENTERPRISE)) {
            query.addCriteria(Criteria.where("enterpriseId").is(user.enterpriseId()));
        }
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return query;
    }

    private AssistanceRequest loadAt(String id, long expectedVersion) {
        AssistanceRequest request = load(id);
        if (request.version == null || request.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Request " + id + " changed since version " + expectedVersion);
        }
        return request;
    }

    private AssistanceRequest load(String id) {
        AssistanceRequest request = id == null ? null : mongo.findById(id, AssistanceRequest.class);
        if (request == null) {
            throw new NotFoundException("Request " + id);
        }
        scope.requireVisible(ENTITY, id, request.enterpriseId, request.regionCode);
        return request;
    }
}
