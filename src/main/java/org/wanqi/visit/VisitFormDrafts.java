package org.wanqi.visit;

import java.time.Clock;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.security.CurrentUser;

/** Each officer's unsent "log a visit" form, autosaved; only its owner reads or replaces it. */
@Service
public class VisitFormDrafts {

    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitFormDrafts(MongoTemplate mongo, CurrentUser currentUser, Clock clock) {
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public Optional<SavedVisitForm> mine() {
        return Optional.ofNullable(mongo.findById(currentUser.require().getUsername(), SavedVisitForm.class));
    }

    /** Replaces the caller's saved form with {@code form} (its id and time are set here). */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public void save(SavedVisitForm form) {
        mongo.save(new SavedVisitForm(currentUser.require().getUsername(), form.idempotencyKey(), clock.instant(),
                form.enterpriseId(), form.enterpriseName(), form.type(), form.started(), form.ended(), form.summary(),
                form.representative(), form.advice(), form.checklistTemplateId(), form.answers(), form.risks(), form.photos(),
                form.assistanceRequestId()));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public void discard() {
        mongo.remove(Query.query(Criteria.where("_id").is(currentUser.require().getUsername())), SavedVisitForm.class);
    }
}
