package org.wanqi.regulation;

import java.time.Instant;
import java.time.ZoneOffset;

/** Rules about regulations that the importer, the seed and the service share. */
final class Regulations {

    private Regulations() {
    }

    /**
     * In force when a version is current, unless it takes effect later; repealed when every version
     * is; otherwise what the stored status says (metadata without articles).
     */
    static RegulationStatus statusOf(Regulation regulation, Instant now) {
        if (regulation.effective != null && regulation.effective.isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate())) {
            return RegulationStatus.NOT_YET_EFFECTIVE;
        }
        if (regulation.versions.isEmpty()) {
            return regulation.status == null ? RegulationStatus.CURRENT : regulation.status;
        }
        if (regulation.versions.stream().anyMatch(v -> v.status() == RegulationStatus.CURRENT)) {
            return RegulationStatus.CURRENT;
        }
        return regulation.versions.stream().allMatch(v -> v.status() == RegulationStatus.REPEALED)
                ? RegulationStatus.REPEALED : RegulationStatus.AMENDED;
    }
}
