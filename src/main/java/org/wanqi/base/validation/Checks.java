package org.wanqi.base.validation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/** Services check what they are given before they write, whatever the caller checked before. */
public final class Checks {

    private Checks() {
    }

    /** Throws a {@link ConstraintViolationException} naming every violated constraint of {@code value}. */
    public static <T> void requireValid(Validator validator, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
