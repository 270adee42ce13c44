package org.wanqi.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.audit.AuditEntry.FieldChange;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.validation.Checks;
import org.wanqi.base.i18n.Translations;
import org.wanqi.organization.UnitService;
import org.wanqi.security.CurrentUser;

/**
 * The enterprise registry: scoped lists, the record, its edits (validated, optimistically locked,
 * audited, on the timeline). Staff read within their scope; officers, supervisors and
 * administrators write within it; an enterprise user reads only their own enterprise.
 */
@Service
public class EnterpriseService {

    static final String STAFF = "hasAnyRole('ADMIN', 'SUPERVISOR', 'OFFICER', 'TRAINER')";
    static final String EDITORS = "hasAnyRole('ADMIN', 'SUPERVISOR', 'OFFICER')";
    /** Sortable list columns and the stored fields behind them. */
    private static final Set<String> SORTABLE = Set.of("name", "uscc", "regionCode", "supervisionTier", "updatedAt");

    private static final int EXPORT_BATCH = 500;

    private final MongoTemplate mongo;
    private final EnterpriseIndex index;
    private final EnterpriseScope scope;
    private final EnterpriseTimeline timeline;
    private final UnitService units;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Translations translations;

    EnterpriseService(MongoTemplate mongo, EnterpriseIndex index, EnterpriseScope scope, EnterpriseTimeline timeline, UnitService units,
                      Validator validator, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                      Translations translations) {
        this.translations = translations;
        this.mongo = mongo;
        this.index = index;
        this.scope = scope;
        this.timeline = timeline;
        this.units = units;
        this.validator = validator;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(STAFF)
    public Slice<EnterpriseDetails> page(EnterpriseFilter filter, Pageable pageable) {
        List<String> ids = index.page(matcher(filter), sort(pageable.getSort()), pageable.getOffset(), pageable.getPageSize() + 1)
                .stream().map(EnterpriseIndex.Row::id).toList();
        boolean hasNext = ids.size() > pageable.getPageSize();
        List<EnterpriseDetails> page = index.load(hasNext ? ids.subList(0, pageable.getPageSize()) : ids).stream()
                .map(Enterprise::details).toList();
        return new SliceImpl<>(page, pageable, hasNext);
    }

    @PreAuthorize(STAFF)
    public long count(EnterpriseFilter filter) {
        return index.count(matcher(filter));
    }

    /** One enterprise; outside the caller's scope it does not exist for them. */
    @PreAuthorize("isAuthenticated()")
    public EnterpriseDetails get(String id) {
        return load(id).details();
    }

    /**
     * Who an enterprise is, as a visit or a risk records it; read from memory (logging a visit asks
     * for it on every request), from the database when this node has not seen the enterprise yet.
     * Scope as {@link #get}.
     */
    @PreAuthorize("isAuthenticated()")
    public EnterpriseRef ref(String id) {
        EnterpriseIndex.Row row = id == null ? null : index.byId(id).orElse(null);
        if (row == null) {
            Enterprise enterprise = load(id);
            return new EnterpriseRef(enterprise.id, enterprise.name, enterprise.regionCode);
        }
        scope.requireVisible(row.id(), row.regionCode());
        return new EnterpriseRef(row.id(), row.name(), row.regionCode());
    }

    @PreAuthorize(EDITORS)
    public EnterpriseDetails create(EnterpriseDraft draft) {
        check(draft);
        Enterprise enterprise = new Enterprise();
        enterprise.apply(draft);
        enterprise.createdAt = clock.instant();
        enterprise.updatedAt = enterprise.createdAt;
        try {
            enterprise = mongo.insert(enterprise);
        } catch (DuplicateKeyException e) {
            throw new DomainException("enterprise.error.uscc-taken", enterprise.uscc);
        }
        index.put(enterprise);
        events.publishEvent(new AuditEntry(actor(), "enterprise", enterprise.id, "created",
                List.of(new FieldChange("name", null, enterprise.name), new FieldChange("uscc", null, enterprise.uscc))));
        events.publishEvent(new TimelineEntry(enterprise.id, enterprise.createdAt, "created", actorName(),
                "timeline.enterprise.created", List.of(), List.of()));
        return enterprise.details();
    }

    /**
     * Saves an edit made on version {@code expectedVersion}. If someone saved in between, nothing is
     * written and an {@link OptimisticLockingFailureException} says so.
     */
    @PreAuthorize(EDITORS)
    public EnterpriseDetails update(String id, EnterpriseDraft draft, long expectedVersion) {
        Enterprise enterprise = load(id);
        check(draft);
        if (enterprise.version == null || enterprise.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Enterprise " + id + " changed since version " + expectedVersion);
        }
        EnterpriseDetails before = enterprise.details();
        enterprise.apply(draft);
        enterprise.updatedAt = clock.instant();
        try {
            enterprise = mongo.save(enterprise);
        } catch (DuplicateKeyException e) {
            throw new DomainException("enterprise.error.uscc-taken", enterprise.uscc);
        }
        index.put(enterprise);
        List<FieldChange> changes = changes(before, enterprise.details());
        if (!changes.isEmpty()) {
            events.publishEvent(new AuditEntry(actor(), "enterprise", id, "updated", changes));
            events.publishEvent(new TimelineEntry(id, enterprise.updatedAt, "edit", actorName(), "timeline.enterprise.updated",
                    List.of(), changes.stream().map(FieldChange::field).toList()));
        }
        return enterprise.details();
    }

    /** The 360° timeline of an enterprise the caller may see, newest first. */
    @PreAuthorize("isAuthenticated()")
    public Slice<TimelineEntry> timeline(String id, Pageable pageable) {
        load(id);
        return timeline.page(id, pageable);
    }

    /** Writes every enterprise in the filter (within scope) as a spreadsheet with headers in {@code locale}. */
    @PreAuthorize(STAFF)
    public void export(EnterpriseFilter filter, SheetFormat format, Locale locale, OutputStream out) throws IOException {
        List<String> ids = index.find(matcher(filter), Sort.by("regionCode", "name")).map(EnterpriseIndex.Row::id).toList();
        List<EnterpriseDraft> rows = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += EXPORT_BATCH) {
            index.load(ids.subList(start, Math.min(ids.size(), start + EXPORT_BATCH)))
                    .forEach(enterprise -> rows.add(EnterpriseDraft.of(enterprise.details())));
        }
        EnterpriseSheets.write(rows, format, key -> translations.getTranslation(key, locale), out);
    }

    /** Validates a draft and the scope rules that bean validation cannot know. */
    void check(EnterpriseDraft draft) {
        Checks.requireValid(validator, draft);
        if (units.find(draft.getRegionCode()).isEmpty()) {
            throw new DomainException("enterprise.error.unknown-region", draft.getRegionCode());
        }
        if (!scope.coversRegion(draft.getRegionCode())) {
            throw new AccessDeniedException("Region " + draft.getRegionCode() + " is outside the user's scope");
        }
    }

    /** Who is acting, as the audit log names them (the username). */
    String actor() {
        return currentUser.require().getUsername();
    }

    /** Who is acting, as people read it on a timeline (the display name). */
    String actorName() {
        return currentUser.require().displayName();
    }

    /** The enterprise by primary key, if the caller may see it; otherwise it does not exist for them. */
    Enterprise load(String id) {
        Enterprise enterprise = id == null ? null : mongo.findById(id, Enterprise.class);
        if (enterprise == null) {
            throw new NotFoundException("Enterprise " + id);
        }
        scope.requireVisible(enterprise.id, enterprise.regionCode);
        return enterprise;
    }

    /** The filter and the caller's scope as one test on index rows. */
    private Predicate<EnterpriseIndex.Row> matcher(EnterpriseFilter filter) {
        Predicate<EnterpriseIndex.Row> matcher = scope.visible();
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip().toUpperCase(Locale.ROOT);
            matcher = matcher.and(row -> row.searchText().contains(text));
        }
        if (filter.regionCode() != null) {
            matcher = matcher.and(row -> filter.regionCode().equals(row.regionCode()));
        }
        if (filter.category() != null) {
            matcher = matcher.and(row -> row.categories().contains(filter.category()));
        }
        if (filter.tier() != null) {
            matcher = matcher.and(row -> filter.tier() == row.tier());
        }
        if (filter.status() != null) {
            matcher = matcher.and(row -> filter.status() == row.status());
        }
        if (filter.keyDischargeUnit() != null) {
            matcher = matcher.and(row -> filter.keyDischargeUnit() == row.keyDischargeUnit());
        }
        return matcher;
    }

    private static Sort sort(Sort requested) {
        List<Sort.Order> orders = requested.stream().filter(order -> SORTABLE.contains(order.getProperty())).toList();
        return orders.isEmpty() ? Sort.by("name") : Sort.by(orders);
    }

    private static List<FieldChange> changes(EnterpriseDetails before, EnterpriseDetails after) {
        Map<String, Object> old = fields(before);
        Map<String, Object> now = fields(after);
        List<FieldChange> changes = new ArrayList<>();
        old.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                changes.add(new FieldChange(field, Objects.toString(value, null), Objects.toString(now.get(field), null)));
            }
        });
        return changes;
    }

    private static Map<String, Object> fields(EnterpriseDetails e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", e.name());
        fields.put("uscc", e.uscc());
        fields.put("legalRepresentative", e.legalRepresentative());
        fields.put("address", e.address());
        fields.put("regionCode", e.regionCode());
        fields.put("industryCode", e.industryCode());
        fields.put("industryName", e.industryName());
        fields.put("pollutionCategories", new java.util.TreeSet<>(e.pollutionCategories()));
        fields.put("keyDischargeUnit", e.keyDischargeUnit());
        fields.put("dischargePermitNumber", e.dischargePermitNumber());
        fields.put("supervisionTier", e.supervisionTier());
        fields.put("operatingStatus", e.operatingStatus());
        fields.put("contacts", e.contacts());
        fields.put("latitude", e.latitude());
        fields.put("longitude", e.longitude());
        return fields;
    }
}
