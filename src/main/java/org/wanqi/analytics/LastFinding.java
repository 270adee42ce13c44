package org.wanqi.analytics;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** When a risk of one category was last found at one enterprise: how a new finding is known to repeat one. */
@Document("rollup_last_findings")
record LastFinding(@Id String id, Instant at) {

    static String key(String enterpriseId, Object category) {
        return enterpriseId + "|" + category;
    }
}
