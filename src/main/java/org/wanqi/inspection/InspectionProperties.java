package org.wanqi.inspection;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wanqi.enterprise.SupervisionTier;

/**
 * The rules of new draws ({@code wanqi.inspection.*}): the share of each tier drawn per quarter, in
 * percent; how many inspectors go to each enterprise; how long an inspector is not sent back to an
 * enterprise they inspected.
 */
@ConfigurationProperties("wanqi.inspection")
public record InspectionProperties(Map<SupervisionTier, Integer> percent, @DefaultValue("2") int inspectorsPerEnterprise,
                                   @DefaultValue("180") int recusalDays) {

    public InspectionProperties {
        percent = percent == null || percent.isEmpty()
                ? Map.of(SupervisionTier.KEY, 25, SupervisionTier.GENERAL, 5, SupervisionTier.SPECIAL, 50) : Map.copyOf(percent);
    }
}
