package org.wanqi.risk;

/**
 * What a risk list is filtered by; every part optional (null: any).
 *
 * @param overdue   true: only overdue risks; false: only risks that are not
 * @param regionCode the county the enterprise is in
 * @param officer   the username of the officer who recorded the risk
 * @param dueSoon   true: open risks whose deadline is today or within the next three days
 */
public record RiskFilter(RiskStatus status, Boolean overdue, String enterpriseId, Severity severity, RiskCategory category,
                         String regionCode, String officer, Boolean dueSoon) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null, null, null, null, null, null);
    }
}
