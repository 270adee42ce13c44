package org.wanqi.base.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.context.i18n.LocaleContextHolder;
import org.wanqi.base.DomainException;
import org.wanqi.base.Uscc;
import org.wanqi.base.i18n.Translations;

/**
 * A valid unified social credit code. The message says precisely what is wrong (length, which
 * position, or the check character expected), in the language of the request or UI.
 */
@Documented
@Constraint(validatedBy = ValidUscc.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUscc {

    String message() default "{validation.uscc}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates with {@link Uscc#parse}; Spring creates it, so it gets the translations injected. */
    class Check implements ConstraintValidator<ValidUscc, String> {

        private final Translations translations;

        Check(Translations translations) {
            this.translations = translations;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                Uscc.parse(value);
                return true;
            } catch (DomainException e) {
                String message = translations.getTranslation(e.messageKey(), LocaleContextHolder.getLocale(), e.args());
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
                return false;
            }
        }

        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
