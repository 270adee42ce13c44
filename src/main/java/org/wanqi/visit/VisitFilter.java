package org.wanqi.visit;

import java.time.LocalDate;

/**
 * What a visit list is filtered by; every part optional (null: any).
 *
 * @param from first day, inclusive, in the business time zone
 * @param to   last day, inclusive, in the business time zone
 * @param campaignId the special campaign the visits belong to
 */
public record VisitFilter(String enterpriseId, LocalDate from, LocalDate to, VisitType type, String campaignId) {

    public VisitFilter(String enterpriseId, LocalDate from, LocalDate to, VisitType type) {
        this(enterpriseId, from, to, type, null);
    }

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null, null);
    }

    public static VisitFilter ofCampaign(String campaignId) {
        return new VisitFilter(null, null, null, null, campaignId);
    }
}
