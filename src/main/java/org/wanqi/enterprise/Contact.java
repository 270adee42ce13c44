package org.wanqi.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;

/**
 * A person at the enterprise the bureau talks to.
 *
 * @param phone a mobile number (11 digits, 1[3-9]…) or a landline with area code, e.g. 0317-2025678
 */
public record Contact(
        @NotBlank @Size(max = 30) @PlainText String name,
        @Size(max = 30) @PlainText String role,
        @NotBlank @Pattern(regexp = PHONE, message = "{validation.phone}") String phone) {

    public static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?";
}
