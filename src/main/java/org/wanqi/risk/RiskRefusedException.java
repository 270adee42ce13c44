package org.wanqi.risk;

import org.wanqi.base.DomainException;

/** The risk's lifecycle refused a change in its current state (the REST API answers 409). */
public class RiskRefusedException extends DomainException {

    RiskRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
