package org.wanqi.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.DomainException;
import org.wanqi.base.validation.Checks;
import org.wanqi.base.validation.PlainText;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.security.WanqiUser;

/**
 * The enterprise's satisfaction with a visit to it (满意度): one rating per visit, 1–5 with an
 * optional comment, which its users may change for {@value #EDITABLE_DAYS} days after it was first
 * given. Staff who may see the visit see its rating.
 */
@Service
public class VisitRatings {

    static final int EDITABLE_DAYS = 7;

    private final MongoTemplate mongo;
    private final VisitService visits;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitRatings(MongoTemplate mongo, VisitService visits, DataScope scope, CurrentUser currentUser, Validator validator,
                 ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.mongo = mongo;
        this.visits = visits;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A rating as shown; {@code editableUntil} is when it can no longer be changed, {@code editable} whether that is still ahead. */
    public record Rating(String visitId, int score, String comment, String ratedByName, Instant ratedAt, Instant updatedAt,
                         Instant editableUntil, boolean editable) {
    }

    /** The signed-in enterprise user rates a visit to their enterprise, or changes the rating within the week. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    public Rating rate(String visitId, int score, String comment) {
        Visit visit = visits.load(visitId);
        Checks.requireValid(validator, new Given(score, comment));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        WanqiUser user = currentUser.require();
        Instant now = clock.instant();
        Stored rating = mongo.findById(visit.id, Stored.class);
        boolean first = rating == null;
        if (first) {
            rating = new Stored();
            rating.visitId = visit.id;
            rating.enterpriseId = visit.enterpriseId;
            rating.regionCode = visit.regionCode;
            rating.unitId = visit.unitId;
            rating.ratedAt = now;
        } else if (!now.isBefore(editableUntil(rating))) {
            throw new DomainException("rating.error.locked", EDITABLE_DAYS);
        }
        rating.score = score;
        rating.comment = text;
        rating.ratedBy = user.getUsername();
        rating.ratedByName = user.displayName();
        rating.updatedAt = now;
        try {
            rating = first ? mongo.insert(rating) : mongo.save(rating);
        } catch (DuplicateKeyException raced) {
            throw new OptimisticLockingFailureException("Visit " + visitId + " was rated meanwhile");
        }
        events.publishEvent(new AuditEntry(user.getUsername(), "visit", visit.id, first ? "rated" : "rating.changed",
                List.of(new AuditEntry.FieldChange("score", null, String.valueOf(score)))));
        return rating.shown(now);
    }

    /** A rating as given, for validation. */
    record Given(@Min(1) @Max(5) int score, @Size(max = 500) @PlainText String comment) {
    }

    /** The visit's rating, if it has one; the visit must be one the caller may see. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Rating> of(String visitId) {
        Visit visit = visits.load(visitId);
        return Optional.ofNullable(mongo.findById(visit.id, Stored.class)).map(rating -> rating.shown(clock.instant()));
    }

    /** How satisfied the enterprises in the caller's area are: how many ratings, their mean, and how many of each score. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Summary summary() {
        return summary(new Query());
    }

    /** The same for the ratings given in [from, to) on visits in one region ({@code regionCode} null: the caller's whole area). */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    public Summary summary(Instant from, Instant to, String regionCode) {
        Criteria given = Criteria.where("ratedAt").gte(from).lt(to);
        return summary(Query.query(regionCode == null ? given : given.and("regionCode").is(regionCode)));
    }

    private Summary summary(Query ratings) {
        DataScope.Test visible = scope.current();
        long[] byScore = new long[6];
        mongo.stream(ratings, Stored.class).filter(rating -> visible.allows(rating.enterpriseId, rating.regionCode))
                .forEach(rating -> byScore[rating.score]++);
        long count = byScore[1] + byScore[2] + byScore[3] + byScore[4] + byScore[5];
        double sum = byScore[1] + 2.0 * byScore[2] + 3.0 * byScore[3] + 4.0 * byScore[4] + 5.0 * byScore[5];
        return new Summary(count, count == 0 ? null : sum / count, List.of(byScore[1], byScore[2], byScore[3], byScore[4], byScore[5]));
    }

    /** @param mean null when nothing was rated; {@code byScore} counts scores 1 to 5 */
    public record Summary(long count, Double mean, List<Long> byScore) {
    }

    private static Instant editableUntil(Stored rating) {
        return rating.ratedAt.plus(Duration.ofDays(EDITABLE_DAYS));
    }

    @Document("visit_ratings")
    static class Stored {
        @Id
        String visitId;
        String enterpriseId;
        String regionCode;
        String unitId;
        int score;
        String comment;
        String ratedBy;
        String ratedByName;
        Instant ratedAt;
        Instant updatedAt;
        @Version
        Long version;

        Rating shown(Instant now) {
            return new Rating(visitId, score, comment, ratedByName, ratedAt, updatedAt, editableUntil(this),
                    now.isBefore(editableUntil(this)));
        }
    }
}
