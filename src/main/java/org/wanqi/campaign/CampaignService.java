package org.wanqi.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Validator;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.audit.AuditEntry;
import org.wanqi.base.BusinessZone;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.i18n.Translations;
import org.wanqi.base.mongo.Slices;
import org.wanqi.base.validation.Checks;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseFilter;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.DataScope;
import org.wanqi.visit.CampaignDirectory;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;

/**
 * Special campaigns: supervisors create and close them; staff follow their progress, computed from
 * the campaign's visits (within the reader's area) and its target population; officers see which
 * targeted enterprises of their area are still to be checked. Also the rule a 专项行动检查 visit
 * must pass ({@link CampaignDirectory}).
 */
@Service
public class CampaignService implements CampaignDirectory {

    private static final String ENTITY = "campaign";

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final VisitService visits;
    private final DataScope scope;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final BusinessZone zone;
    private final Clock clock;

    CampaignService(MongoTemplate mongo, EnterpriseService enterprises, VisitService visits, DataScope scope, CurrentUser currentUser,
                    Validator validator, Translations translations, ApplicationEventPublisher events, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.visits = visits;
        this.scope = scope;
        this.currentUser = currentUser;
        this.validator = validator;
        this.translations = translations;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    /** A supervisor sets up a campaign; a county's supervisor only for their own county. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public CampaignDetails create(CampaignDraft draft) {
        Checks.requireValid(validator, draft);
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new DomainException("campaign.error.period");
        }
        if (!scope.citywide() && (draft.regionCodes().isEmpty() || !draft.regionCodes().stream().allMatch(scope::coversRegion))) {
            throw new AccessDeniedException("A county supervisor's campaign stays in their county");
        }
        Campaign campaign = new Campaign();
        campaign.id = new ObjectId().toHexString();
        campaign.name = draft.name().strip();
        campaign.kind = draft.kind();
        campaign.startDate = draft.startDate();
        campaign.endDate = draft.endDate();
        campaign.categories = draft.categories();
        campaign.regionCodes = draft.regionCodes();
        campaign.industryPrefix = draft.industryPrefix() == null || draft.industryPrefix().isBlank() ? null : draft.industryPrefix().strip();
        campaign.enterpriseIds = draft.enterpriseIds();
        campaign.unitIds = draft.unitIds();
        campaign.mode = draft.mode();
        campaign.targetOfficerVisits = draft.targetOfficerVisits();
        campaign.targetEnterprises = draft.targetEnterprises();
        campaign.createdBy = currentUser.require().getUsername();
        campaign.createdAt = clock.instant();
        campaign = mongo.insert(campaign);
        events.publishEvent(AuditEntry.of(campaign.createdBy, ENTITY, campaign.id, "created"));
        return campaign.details();
    }

    /** A supervisor closes a campaign: no more visits are logged under it. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public CampaignDetails close(String id, long expectedVersion) {
        Campaign campaign = load(id);
        if (campaign.version == null || campaign.version != expectedVersion) {
            throw new OptimisticLockingFailureException("Campaign " + id + " changed since version " + expectedVersion);
        }
        campaign.closed = true;
        campaign.closedAt = clock.instant();
        campaign = mongo.save(campaign);
        events.publishEvent(AuditEntry.of(currentUser.require().getUsername(), ENTITY, id, "closed"));
        return campaign.details();
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public CampaignDetails get(String id) {
        return load(id).details();
    }

    /** Campaigns, the latest first; {@code openOnly} for those still running. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public Slice<CampaignDetails> page(boolean openOnly, Pageable pageable) {
        return Slices.of(mongo.stream(new Query().with(Sort.by(Sort.Direction.DESC, "startDate")), Campaign.class)
                .filter(campaign -> !openOnly || !campaign.closed), pageable).map(Campaign::details);
    }

    /** The campaign's figures within the caller's area. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public CampaignProgress progress(String id) {
        Campaign campaign = load(id);
        List<VisitDetails> logged = campaignVisits(id);
        Set<String> targeted = new HashSet<>();
        targets(campaign).forEach(enterprise -> targeted.add(enterprise.id()));
        Map<String, List<VisitDetails>> byUnit = new TreeMap<>();
        logged.forEach(visit -> byUnit.computeIfAbsent(visit.unitId(), unit -> new ArrayList<>()).add(visit));
        List<CampaignProgress.UnitProgress> perUnit = byUnit.entrySet().stream()
                .map(unit -> figures(unit.getKey(), unit.getValue())).toList();
        CampaignProgress.UnitProgress all = figures(null, logged);
        long checkedTargeted = logged.stream().map(VisitDetails::enterpriseId).filter(targeted::contains).distinct().count();
        return new CampaignProgress(all.officerVisits(), all.checks(), all.enterprisesChecked(), checkedTargeted, targeted.size(),
                all.risksFound(), all.risksRectified(), all.risksOpen(), all.risksOverdue(), perUnit);
    }

    /** The targeted enterprises of the caller's area not yet checked under the campaign: what is left to do. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public List<EnterpriseDetails> unchecked(String id) {
        Campaign campaign = load(id);
        Set<String> checked = new HashSet<>();
        campaignVisits(id).forEach(visit -> checked.add(visit.enterpriseId()));
        return targets(campaign).stream().filter(enterprise -> !checked.contains(enterprise.id())).toList();
    }

    /** The campaign in one paragraph, in the style of the bureau's reports: every number computed, clauses without data left out. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER', 'ADMIN')")
    public String summary(String id, Locale locale) {
        CampaignDetails campaign = get(id);
        CampaignProgress progress = progress(id);
        StringBuilder text = new StringBuilder(text(locale, "campaign.summary.opening", campaign.name(), campaign.startDate(),
                campaign.endDate(), progress.officerVisits(), progress.checks()));
        if (progress.coverage() != null) {
            text.append(text(locale, "campaign.summary.coverage", progress.checkedTargeted(), progress.targeted(),
                    String.format(Locale.ROOT, "%.1f", progress.coverage())));
        }
        if (progress.risksFound() == 0) {
            text.append(text(locale, "campaign.summary.no-risks"));
        } else if (progress.risksOpen() == 0) {
            text.append(text(locale, "campaign.summary.all-rectified", progress.risksFound()));
        } else {
            text.append(text(locale, "campaign.summary.risks", progress.risksFound(), progress.risksRectified(), progress.risksOpen()));
            if (progress.risksOverdue() > 0) {
                text.append(text(locale, "campaign.summary.overdue", progress.risksOverdue()));
            }
            text.append(text(locale, "campaign.summary.end"));
        }
        return text.toString();
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER')")
    public void requireOpenFor(String campaignId, String enterpriseId, LocalDate day) {
        Campaign campaign = campaignId == null ? null : mongo.findById(campaignId, Campaign.class);
        if (campaign == null) {
            throw new DomainException("visit.error.campaign-required");
        }
        if (campaign.closed) {
            throw new DomainException("campaign.error.closed", campaign.name);
        }
        if (day.isBefore(campaign.startDate) || day.isAfter(campaign.endDate)) {
            throw new DomainException("campaign.error.outside-period", campaign.name, campaign.startDate, campaign.endDate);
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'OFFICER')")
    public List<Option> openOn(LocalDate day) {
        return mongo.stream(new Query().with(Sort.by("name")), Campaign.class)
                .filter(campaign -> !campaign.closed && !day.isBefore(campaign.startDate) && !day.isAfter(campaign.endDate))
                .map(campaign -> new Option(campaign.id, campaign.name)).toList();
    }

    private List<VisitDetails> campaignVisits(String id) {
        VisitFilter filter = VisitFilter.ofCampaign(id);
        return visits.page(filter, PageRequest.of(0, (int) Math.max(1, visits.count(filter)))).getContent();
    }

    /** The target population within the caller's area. */
    private List<EnterpriseDetails> targets(Campaign campaign) {
        EnterpriseFilter all = EnterpriseFilter.none();
        return enterprises.page(all, PageRequest.of(0, (int) Math.max(1, enterprises.count(all)))).stream()
                .filter(campaign::targets).toList();
    }

    private static CampaignProgress.UnitProgress figures(String unitId, List<VisitDetails> logged) {
        long officerVisits = logged.stream().mapToLong(visit -> visit.officerIds().size()).sum();
        long enterprisesChecked = logged.stream().map(VisitDetails::enterpriseId).distinct().count();
        List<VisitDetails.RiskSummary> risks = logged.stream().flatMap(visit -> visit.risks().stream()).toList();
        long rectified = risks.stream().filter(risk -> "CLOSED".equals(risk.status())).count();
        long overdue = risks.stream().filter(VisitDetails.RiskSummary::overdue).count();
        return new CampaignProgress.UnitProgress(unitId, officerVisits, logged.size(), enterprisesChecked, risks.size(), rectified,
                risks.size() - rectified, overdue);
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private Campaign load(String id) {
        Campaign campaign = id == null ? null : mongo.findById(id, Campaign.class);
        if (campaign == null) {
            throw new NotFoundException("Campaign " + id);
        }
        return campaign;
    }
}
