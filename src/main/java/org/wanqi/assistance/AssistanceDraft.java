package org.wanqi.assistance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;

/** What an enterprise writes when it asks for help; the preferred dates are optional. */
public record AssistanceDraft(@NotNull AssistanceTopic topic, @NotBlank @Size(max = 2000) @PlainText String description,
                              LocalDate preferredFrom, LocalDate preferredTo) {
}
