package org.wanqi.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.PollutionCategory;

/** A stored campaign. */
@Document("campaigns")
class Campaign {

    @Id
    String id;
    String name;
    CampaignKind kind;
    LocalDate startDate;
    LocalDate endDate;
    Set<PollutionCategory> categories = Set.of();
    Set<String> regionCodes = Set.of();
    String industryPrefix;
    Set<String> enterpriseIds = Set.of();
    Set<String> unitIds = Set.of();
    CampaignMode mode;
    int targetOfficerVisits;
    int targetEnterprises;
    boolean closed;
    String createdBy;
    Instant createdAt;
    Instant closedAt;
    @Version
    Long version;

    /** Whether the enterprise is in the campaign's target population. */
    boolean targets(EnterpriseDetails enterprise) {
        if (enterpriseIds.contains(enterprise.id())) {
            return true;
        }
        boolean filtered = !categories.isEmpty() || !regionCodes.isEmpty() || industryPrefix != null;
        return filtered
                && (categories.isEmpty() || enterprise.pollutionCategories().stream().anyMatch(categories::contains))
                && (regionCodes.isEmpty() || regionCodes.contains(enterprise.regionCode()))
                && (industryPrefix == null || enterprise.industryCode() != null && enterprise.industryCode().startsWith(industryPrefix));
    }

    CampaignDetails details() {
        return new CampaignDetails(id, name, kind, startDate, endDate, Set.copyOf(categories), Set.copyOf(regionCodes), industryPrefix,
                Set.copyOf(enterpriseIds), Set.copyOf(unitIds), mode, targetOfficerVisits, targetEnterprises, closed,
                version == null ? 0 : version);
    }
}
