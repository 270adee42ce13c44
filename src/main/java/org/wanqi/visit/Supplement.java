package org.wanqi.visit;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;

/** A correction or addition appended to a submitted visit; the visit as submitted never changes. */
public record Supplement(Instant at, String by, String byName, String text) {

    /** What a user writes as a supplement. */
    record Text(@NotBlank @Size(max = 2000) @PlainText String text) {
    }
}
