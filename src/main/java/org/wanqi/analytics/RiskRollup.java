package org.wanqi.analytics;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.risk.RiskCategory;

/**
 * One day's risks of one unit's area and category, counted two ways: the risks <em>found</em> that
 * day, followed (where each of them is now, how many were closed by their deadline, how many repeat
 * an earlier finding), and the risks <em>closed</em> that day, with how long each took.
 *
 * @param found        risks found on the day
 * @param repeats      of those, how many repeat a risk of the same category at the same enterprise found within 12 months before
 * @param status       of those, how many are in each status now (by {@code RiskStatus} name)
 * @param closedOnTime of those, how many were closed on or before their deadline
 * @param closed       risks closed (销号) on the day, whenever found
 * @param closeDays    of those, days from found to closed → how many
 */
@Document("rollup_risks")
record RiskRollup(@Id String id, LocalDate day, String unitId, RiskCategory category, long found, long repeats,
                  Map<String, Long> status, long closedOnTime, long closed, Map<String, Long> closeDays) {

    RiskRollup {
        status = status == null ? Map.of() : status;
        closeDays = closeDays == null ? Map.of() : closeDays;
    }

    static String key(LocalDate day, String unitId, RiskCategory category) {
        return day + "|" + unitId + "|" + category.name();
    }

    long inStatus(String name) {
        return status.getOrDefault(name, 0L);
    }
}
