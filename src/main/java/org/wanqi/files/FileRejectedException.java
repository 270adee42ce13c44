package org.wanqi.files;

import org.wanqi.base.DomainException;

/** A file was refused and nothing was stored; the reason decides the HTTP status (413, 415, 409). */
public class FileRejectedException extends DomainException {

    public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, TOO_MANY }

    private final Reason reason;

    public FileRejectedException(Reason reason, Object... args) {
        super("file.error." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
