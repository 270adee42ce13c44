package org.wanqi.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * What logging a 专项行动检查 visit needs to know of campaigns: which are open, and whether one may take
 * a visit. Implemented by the campaign module (which depends on this one), so the visit module need
 * not know campaigns.
 */
public interface CampaignDirectory {

    /** Passes when the campaign exists, is open, and runs on {@code day}; refuses with a {@code DomainException} otherwise. */
    void requireOpenFor(String campaignId, String enterpriseId, LocalDate day);

    /** The campaigns open and running on {@code day}, for the visit form. */
    List<Option> openOn(LocalDate day);

    record Option(String id, String name) {
    }
}
