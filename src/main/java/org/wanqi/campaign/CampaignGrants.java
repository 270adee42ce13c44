package org.wanqi.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.base.BusinessZone;
import org.wanqi.organization.UnitService;
import org.wanqi.security.ScopeGrants;
import org.wanqi.security.WanqiUser;

/**
 * Officers of a unit taking part in a campaign worked across regions (异地、巡回、交叉 — any mode but
 * local) may work where it sends them while it runs: the counties it targets (the whole city when it
 * names neither counties nor enterprises) and the enterprises it lists. The grant ends with the
 * campaign; what they found is followed up by the county's own officers.
 */
@Component
class CampaignGrants implements ScopeGrants {

    private final MongoTemplate mongo;
    private final UnitService units;
    private final BusinessZone zone;
    private final Clock clock;

    CampaignGrants(MongoTemplate mongo, UnitService units, BusinessZone zone, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Grant grantedTo(WanqiUser user) {
        Set<String> enterprises = new HashSet<>();
        Set<String> regions = new HashSet<>();
        boolean anywhere = false;
        for (Campaign campaign : running(user)) {
            enterprises.addAll(campaign.enterpriseIds);
            regions.addAll(campaign.regionCodes);
            anywhere |= campaign.regionCodes.isEmpty() && campaign.enterpriseIds.isEmpty();
        }
        if (anywhere) {
            units.counties().forEach(county -> regions.add(county.id()));
        }
        return new Grant(enterprises, regions);
    }

    /** The open cross-region campaigns the user's unit takes part in, running today. */
    private List<Campaign> running(WanqiUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        LocalDate today = zone.dateOf(clock.instant());
        Query query = Query.query(Criteria.where("unitIds").is(user.unitId()).and("closed").is(false)
                .and("mode").ne(CampaignMode.LOCAL));
        return mongo.find(query, Campaign.class).stream()
                .filter(campaign -> !today.isBefore(campaign.startDate) && !today.isAfter(campaign.endDate)).toList();
    }
}
