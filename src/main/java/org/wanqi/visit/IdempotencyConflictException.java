package org.wanqi.visit;

/** The idempotency key was used before for a different submission. */
public class IdempotencyConflictException extends RuntimeException {

    IdempotencyConflictException() {
        super("Idempotency key reused with different content");
    }
}
