package org.wanqi.enterprise;

/**
 * What an enterprise list is filtered by; every part is optional.
 *
 * @param text             part of the name (e.g. 化工) or of the USCC
 * @param regionCode       the county-level region
 * @param category         one pollution category the enterprise has
 * @param keyDischargeUnit key pollutant-discharge units only (true), others only (false), or all (null)
 */
public record EnterpriseFilter(String text, String regionCode, PollutionCategory category, SupervisionTier tier,
                               OperatingStatus status, Boolean keyDischargeUnit) {

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null);
    }

    public static EnterpriseFilter text(String text) {
        return new EnterpriseFilter(text, null, null, null, null, null);
    }
}
