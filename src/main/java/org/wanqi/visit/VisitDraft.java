package org.wanqi.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;
import org.wanqi.risk.RiskCategory;
import org.wanqi.risk.Severity;

/**
 * A visit as an officer submits it (from the web or the mobile app).
 *
 * @param officerIds the users who went (their number is the visit's 人次); empty means just the submitter
 */
public record VisitDraft(@NotBlank String enterpriseId, @NotNull VisitType type, @NotNull OffsetDateTime startedAt,
                         @NotNull OffsetDateTime endedAt, @Size(max = 10) List<@NotBlank String> officerIds,
                         @Size(max = 4000) @PlainText String summary, @Size(max = 50) @PlainText String representative,
                         @Valid @Size(max = 50) List<Advice> advice, @Valid @Size(max = 50) List<FoundRisk> risks) {

    public VisitDraft {
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
        advice = advice == null ? List.of() : List.copyOf(advice);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** Advice given, optionally citing regulation articles. */
    public record Advice(@NotBlank @Size(max = 2000) @PlainText String text,
                         @Size(max = 10) List<@NotBlank @Size(max = 100) @PlainText String> citations) {

        public Advice {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }

    /** A risk found on this visit. */
    public record FoundRisk(@NotNull RiskCategory category, @NotNull Severity severity,
                            @NotBlank @Size(max = 2000) @PlainText String description, @NotNull LocalDate deadline,
                            @Size(max = 50) @PlainText String responsible,
                            @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> citations) {

        public FoundRisk {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }
}
