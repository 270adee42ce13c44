package org.wanqi.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.mongo.Slices;

/** Writes and reads the audit trail. */
@Service
public class AuditService {

    private final MongoTemplate mongo;
    private final AuditSink sink;
    private final Clock clock;
    private final BusinessZone zone;
    private final SecurityContextHolderStrategy securityContext;

    AuditService(MongoTemplate mongo, AuditSink sink, Clock clock, BusinessZone zone, SecurityContextHolderStrategy securityContext) {
        this.mongo = mongo;
        this.sink = sink;
        this.clock = clock;
        this.zone = zone;
        this.securityContext = securityContext;
    }

    /** Records an entry published by any module; runs in the publisher's thread, so it is stored before they go on. */
    @EventListener
    void record(AuditEntry entry) {
        sink.writeAll(List.of(entry), mongo);
    }

    /** The log, newest first, one page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AuditEvent> page(AuditFilter filter, Pageable pageable) {
        Query query = new Query(criteria(filter)).with(Sort.by(Sort.Direction.DESC, "at"));
        return Slices.find(mongo, query, pageable, AuditEvent.class);
    }

    /** How many audited actions the signed-in user took on each of the last {@code days} days (business zone). */
    @PreAuthorize("isAuthenticated()")
    public Map<LocalDate, Long> myActivityByDay(int days) {
        LocalDate today = zone.dateOf(clock.instant());
        LocalDate first = today.minusDays(Math.max(days, 1) - 1L);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            counts.put(d, 0L);
        }
        String me = securityContext.getContext().getAuthentication().getName();
        Query query = new Query(Criteria.where("actor").is(me).and("at").gte(zone.startOf(first)));
        query.fields().include("at");
        mongo.find(query, AuditEvent.class)
                .forEach(event -> counts.merge(zone.dateOf(event.at()), 1L, Long::sum));
        return counts;
    }

    private Criteria criteria(AuditFilter filter) {
        Criteria criteria = new Criteria();
        if (hasText(filter.actor())) {
            criteria.and("actor").regex(Pattern.compile(Pattern.quote(filter.actor().trim()), Pattern.CASE_INSENSITIVE));
        }
        if (hasText(filter.entityType())) {
            criteria.and("entityType").is(filter.entityType());
        }
        if (hasText(filter.action())) {
            criteria.and("action").regex(Pattern.compile("^" + Pattern.quote(filter.action().trim())));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(zone.startOf(filter.from()));
            }
            if (filter.to() != null) {
                at.lt(zone.startOf(filter.to().plusDays(1)));
            }
        }
        return criteria;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
