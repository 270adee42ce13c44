package org.wanqi.risk;

/** What a risk list is filtered by; every part optional. {@code overdue} true: only overdue risks. */
public record RiskFilter(RiskStatus status, Boolean overdue, String enterpriseId) {

    public static RiskFilter none() {
        return new RiskFilter(null, null, null);
    }
}
