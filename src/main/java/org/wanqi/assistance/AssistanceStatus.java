package org.wanqi.assistance;

/**
 * Where a request stands: SUBMITTED by the enterprise; ACCEPTED by an officer (who will visit);
 * DONE once the visit is logged (or the record corrected); DECLINED with a reason.
 */
public enum AssistanceStatus {
    SUBMITTED, ACCEPTED, DONE, DECLINED;

    boolean open() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
