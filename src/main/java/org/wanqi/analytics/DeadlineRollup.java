package org.wanqi.analytics;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How many risks of one unit's area are not closed and due on one day: what "overdue now" and its ageing are read from. */
@Document("rollup_risk_deadlines")
record DeadlineRollup(@Id String id, LocalDate deadline, String unitId, long open) {

    static String key(LocalDate deadline, String unitId) {
        return deadline + "|" + unitId;
    }
}
