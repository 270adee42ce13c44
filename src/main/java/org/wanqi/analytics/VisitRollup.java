package org.wanqi.analytics;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.visit.VisitType;

/**
 * One day's visits of one unit, type and campaign, counted: the dashboard adds these up instead of
 * reading visits, so its cost grows with days × units × types, not with the number of visits.
 *
 * @param campaignId      the campaign the visits belong to; null for visits outside campaigns
 * @param visits          检查企业家次: visits (each is one check of one enterprise)
 * @param officerVisits   出动执法人员人次: officers summed over the visits
 * @param visitsWithRisks visits that found at least one risk
 */
@Document("rollup_visits")
record VisitRollup(@Id String id, LocalDate day, String unitId, VisitType type, String campaignId, long visits, long officerVisits,
                   long visitsWithRisks, long risksFound) {

    static String key(LocalDate day, String unitId, VisitType type, String campaignId) {
        return day + "|" + unitId + "|" + type.name() + "|" + (campaignId == null ? "-" : campaignId);
    }

    VisitRollup plus(VisitRollup other) {
        return new VisitRollup(id, day, unitId, type, campaignId, visits + other.visits, officerVisits + other.officerVisits,
                visitsWithRisks + other.visitsWithRisks, risksFound + other.risksFound);
    }
}
