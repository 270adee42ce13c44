package org.wanqi.campaign;

import java.time.LocalDate;
import java.util.Set;

import org.wanqi.enterprise.PollutionCategory;

/** A campaign as the views read it. */
public record CampaignDetails(String id, String name, CampaignKind kind, LocalDate startDate, LocalDate endDate,
                              Set<PollutionCategory> categories, Set<String> regionCodes, String industryPrefix,
                              Set<String> enterpriseIds, Set<String> unitIds, CampaignMode mode, int targetOfficerVisits,
                              int targetEnterprises, boolean closed, long version) {
}
