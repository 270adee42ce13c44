package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step in a risk's history: who, when, from where to where (or a deadline change), why, and
 * with which evidence files.
 */
public record RiskEvent(Instant at, String actor, String actorName, RiskStatus from, RiskStatus to, String reason,
                        List<String> evidenceIds, LocalDate deadlineBefore, LocalDate deadlineAfter) {

    public RiskEvent {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    public boolean isDeadlineExtension() {
        return deadlineAfter != null;
    }
}
