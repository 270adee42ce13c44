package org.wanqi.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which enterprises one unit checked in one month, and on which days of it: what distinct
 * enterprises checked and coverage are counted from. Its size grows with the enterprises a unit
 * checks in a month, not with how often it checks them.
 *
 * @param month the month's first day
 * @param days  enterprise id → the days of the month (1–31) it was checked
 */
@Document("rollup_enterprise_months")
record EnterpriseMonth(@Id String id, LocalDate month, String unitId, Map<String, List<Integer>> days) {

    static String key(LocalDate month, String unitId) {
        return month + "|" + unitId;
    }

    /** The same month with each enterprise's days sorted and each day once (as the live {@code $addToSet} keeps them). */
    EnterpriseMonth distinctDays() {
        Map<String, List<Integer>> distinct = new HashMap<>();
        days.forEach((enterpriseId, checked) -> distinct.put(enterpriseId, checked.stream().distinct().sorted().toList()));
        return new EnterpriseMonth(id, month, unitId, distinct);
    }

    /** Adds to {@code into} the enterprises checked on a day of this month within [from, to]. */
    void checkedWithin(LocalDate from, LocalDate to, Set<String> into) {
        LocalDate last = month.plusMonths(1).minusDays(1);
        if (!from.isAfter(month) && !to.isBefore(last)) {
            into.addAll(days.keySet());
            return;
        }
        days.forEach((enterpriseId, checked) -> {
            if (checked.stream().map(month::withDayOfMonth).anyMatch(day -> !day.isBefore(from) && !day.isAfter(to))) {
                into.add(enterpriseId);
            }
        });
    }
}
