package org.wanqi.campaign;

import java.util.List;

/**
 * A campaign's figures, live from its visits and their risks.
 *
 * @param officerVisits    出动执法人员人次: Σ officers over the campaign's visits
 * @param checks           检查企业家次: the campaign's visits
 * @param checkedTargeted  targeted enterprises checked at least once
 * @param targeted         enterprises in the target population
 * @param risksRectified   risks found on the campaign's visits and closed (销号)
 * @param perUnit          the same figures per unit
 */
public record CampaignProgress(long officerVisits, long checks, long enterprisesChecked, long checkedTargeted, long targeted,
                               long risksFound, long risksRectified, long risksOpen, long risksOverdue, List<UnitProgress> perUnit) {

    /** Coverage of the target population in percent, one decimal (111 of 121 → 91.7); null when nothing is targeted. */
    public Double coverage() {
        return targeted == 0 ? null : Math.round(checkedTargeted * 1000.0 / targeted) / 10.0;
    }

    /** One unit's share. */
    public record UnitProgress(String unitId, long officerVisits, long checks, long enterprisesChecked, long risksFound,
                               long risksRectified, long risksOpen, long risksOverdue) {
    }
}
