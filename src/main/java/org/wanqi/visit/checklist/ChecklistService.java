package org.wanqi.visit.checklist;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.validation.Checks;
import org.wanqi.security.CurrentUser;
import org.wanqi.visit.VisitType;

/**
 * Checklist templates and their versions. Everyone on staff reads them; ADMIN and SUPERVISOR write
 * new versions. A visit refers to the exact version it was answered against.
 */
@Service
public class ChecklistService {

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChecklistService(MongoTemplate mongo, CurrentUser currentUser, Validator validator, ApplicationEventPublisher events,
                     Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The current version of every template (for one visit type, or all when {@code type} is null), by name. */
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistDetails> latest(VisitType type) {
        Query query = Query.query(Criteria.where("latest").is(true));
        if (type != null) {
            query.addCriteria(Criteria.where("visitTypes").is(type));
        }
        return mongo.find(query, ChecklistTemplate.class).stream()
                .sorted(Comparator.comparing(ChecklistTemplate::name)).map(ChecklistDetails::of).toList();
    }

    /** One version of a template, by its id {@code key@version}. */
    @PreAuthorize("isAuthenticated()")
    public ChecklistDetails get(String id) {
        ChecklistTemplate template = id == null ? null : mongo.findById(id, ChecklistTemplate.class);
        if (template == null) {
            throw new NotFoundException("Checklist " + id);
        }
        return ChecklistDetails.of(template);
    }

    /** Every version of a template, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistDetails> versions(String key) {
        return mongo.find(Query.query(Criteria.where("key").is(key)), ChecklistTemplate.class).stream()
                .sorted(Comparator.comparingInt(ChecklistTemplate::version).reversed()).map(ChecklistDetails::of).toList();
    }

    /** A new template, version 1. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    public ChecklistDetails create(String key, ChecklistDraft draft) {
        if (key == null || !key.matches("[a-z0-9-]{2,40}")) {
            throw new org.wanqi.base.DomainException("checklist.error.key");
        }
        return write(key, 1, draft);
    }

    /**
     * Stores the next version of a template. {@code basedOnVersion} is the version the editor started
     * from: if someone saved another version meanwhile, nothing is written.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
    public ChecklistDetails revise(String key, int basedOnVersion, ChecklistDraft draft) {
        ChecklistTemplate current = mongo.findById(ChecklistTemplate.id(key, basedOnVersion), ChecklistTemplate.class);
        if (current == null) {
            throw new NotFoundException("Checklist " + key);
        }
        if (!current.latest()) {
            throw new OptimisticLockingFailureException("Checklist " + key + " has a version after " + basedOnVersion);
        }
        ChecklistDetails next = write(key, basedOnVersion + 1, draft);
        mongo.save(current.superseded());
        return next;
    }

    private ChecklistDetails write(String key, int version, ChecklistDraft draft) {
        Checks.requireValid(validator, draft);
        if (draft.items().stream().map(ChecklistItem::id).distinct().count() != draft.items().size()) {
            throw new org.wanqi.base.DomainException("checklist.error.duplicate-item");
        }
        String username = currentUser.require().getUsername();
        ChecklistTemplate template = new ChecklistTemplate(ChecklistTemplate.id(key, version), key, version, true,
                draft.name().strip(), draft.topic(), draft.visitTypes(), List.copyOf(draft.items()), username, clock.instant());
        try {
            mongo.insert(template);
        } catch (DuplicateKeyException raced) {
            throw new OptimisticLockingFailureException("Checklist " + key + " version " + version + " exists");
        }
        events.publishEvent(AuditEntry.of(username, "checklist", template.id(), version == 1 ? "created" : "revised"));
        return ChecklistDetails.of(template);
    }
}
