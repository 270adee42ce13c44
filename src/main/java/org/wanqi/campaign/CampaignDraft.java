package org.wanqi.campaign;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;
import org.wanqi.enterprise.PollutionCategory;

/**
 * What a supervisor sets up. The target population is the enterprises matching every given part —
 * pollution categories (any of), counties (any of), industry code prefix — plus those listed by id.
 *
 * @param targetOfficerVisits the planned officer-visits (人次); 0 for none
 * @param targetEnterprises   the planned number of enterprises to check; 0 for none
 */
public record CampaignDraft(@NotBlank @Size(max = 100) @PlainText String name, @NotNull CampaignKind kind,
                            @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                            @Size(max = 20) Set<PollutionCategory> categories, @Size(max = 20) Set<@NotBlank String> regionCodes,
                            @Size(max = 10) @PlainText String industryPrefix, @Size(max = 5000) Set<@NotBlank String> enterpriseIds,
                            @Size(max = 20) Set<@NotBlank String> unitIds, @NotNull CampaignMode mode,
                            @Min(0) int targetOfficerVisits, @Min(0) int targetEnterprises) {

    public CampaignDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
        enterpriseIds = enterpriseIds == null ? Set.of() : Set.copyOf(enterpriseIds);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }
}
