package org.wanqi.visit.checklist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;

/**
 * One question of a checklist. A "no" answer can become a risk of {@code category} and
 * {@code severity} in one tap.
 *
 * @param id    stable within the template across versions, so answers can be compared over time
 * @param basis the statute article the question checks, as a citation (《大气污染防治法》第四十五条); a
 *              risk recorded from a "no" cites it. Optional.
 */
public record ChecklistItem(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String id,
                            @NotBlank @Size(max = 300) @PlainText String text,
                            @NotNull RiskCategory category, @NotNull Severity severity,
                            @Size(max = 100) @PlainText String basis) {

    public ChecklistItem {
        basis = basis == null || basis.isBlank() ? null : basis.strip();
    }

    /** The citations a risk recorded from this question starts with. */
    public java.util.List<String> citations() {
        return basis == null ? java.util.List.of() : java.util.List.of(basis);
    }
}
