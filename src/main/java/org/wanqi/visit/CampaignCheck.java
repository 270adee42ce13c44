package org.wanqi.visit;

import java.time.LocalDate;

/**
 * Whether a 专项行动检查 visit may be logged under a campaign: implemented by the campaign module
 * (which depends on this one), so the visit module need not know campaigns.
 */
public interface CampaignCheck {

    /** Passes when the campaign exists, is open, and runs on {@code day}; refuses with a {@code DomainException} otherwise. */
    void requireOpenFor(String campaignId, String enterpriseId, LocalDate day);
}
