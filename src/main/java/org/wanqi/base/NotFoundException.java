package org.wanqi.base;

/**
 * What was asked for does not exist, or is outside the caller's scope: both are answered the
 * same way (404), so that a caller cannot learn what exists outside their scope.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
