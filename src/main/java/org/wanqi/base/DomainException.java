package org.wanqi.base;

import java.util.Arrays;

/**
 * A rule of the domain said no. Carries a translation key (and its arguments) so that the UI and
 * the REST API can tell the user why in their language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
