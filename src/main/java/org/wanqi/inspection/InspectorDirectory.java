package org.wanqi.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.UserService;

/**
 * The inspector directory (执法检查人员名录): the certified officers of the caller's area, whether
 * each is available for draws (supervisors decide), and the enterprises each declared a conflict of
 * interest with (officers declare their own). Draws read it when they are committed.
 */
@Service
public class InspectorDirectory {

    private final MongoTemplate mongo;
    private final UserService users;
    private final EnterpriseService enterprises;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    InspectorDirectory(MongoTemplate mongo, UserService users, EnterpriseService enterprises, CurrentUser currentUser,
                       ApplicationEventPublisher events, BusinessZone zone, Clock clock) {
        this.zone = zone;
        this.mongo = mongo;
        this.users = users;
        this.enterprises = enterprises;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An inspector as the directory lists them; {@code certified} says whether their certificate is
     * valid today (draws take only those who are, and available).
     */
    public record Entry(String userId, String displayName, String certificateNumber, LocalDate certificateValidUntil,
                        boolean certified, String unitId, boolean available, Set<String> conflicts) {
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public List<Entry> inspectors() {
        Map<String, InspectorProfile> profiles = new HashMap<>();
        mongo.findAll(InspectorProfile.class).forEach(profile -> profiles.put(profile.userId, profile));
        LocalDate today = zone.dateOf(clock.instant());
        return users.certifiedOfficers().stream().map(officer -> {
            InspectorProfile profile = profiles.get(officer.id());
            return new Entry(officer.id(), officer.displayName(), officer.certificateNumber(), officer.certificateValidUntil(),
                    officer.certifiedOn(today), officer.unitId(), profile == null || profile.available,
                    profile == null ? Set.of() : Set.copyOf(profile.conflicts));
        }).toList();
    }

    /** A supervisor takes an inspector of their area out of (or back into) the pool of future draws. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void setAvailable(String userId, boolean available) {
        if (users.certifiedOfficers().stream().noneMatch(officer -> officer.id().equals(userId))) {
            throw new NotFoundException("Inspector " + userId);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(userId)), new Update().set("available", available)
                .set("updatedAt", clock.instant()), InspectorProfile.class);
        events.publishEvent(new AuditEntry(currentUser.require().getUsername(), "inspector", userId, "availability",
                List.of(new AuditEntry.FieldChange("available", null, String.valueOf(available)))));
    }

    /** The signed-in officer declares (or withdraws) a conflict of interest with an enterprise of their area. */
    @PreAuthorize("hasRole('OFFICER')")
    public void declareConflict(String enterpriseId, boolean conflicted) {
        String enterprise = enterprises.ref(enterpriseId).id();
        String me = currentUser.require().id();
        Update update = conflicted ? new Update().addToSet("conflicts", enterprise) : new Update().pull("conflicts", enterprise);
        mongo.upsert(Query.query(Criteria.where("_id").is(me)), update.set("updatedAt", clock.instant()), InspectorProfile.class);
        events.publishEvent(new AuditEntry(currentUser.require().getUsername(), "inspector", me,
                conflicted ? "conflict.declared" : "conflict.withdrawn", List.of(new AuditEntry.FieldChange("enterpriseId", null, enterprise))));
    }
}
