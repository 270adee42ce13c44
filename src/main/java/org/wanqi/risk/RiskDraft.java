package org.wanqi.risk;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;

/**
 * A risk as an officer records it.
 *
 * @param visitId   the visit that found it (null when recorded outside a visit)
 * @param citations regulation articles cited, as written (e.g. 《大气污染防治法》第一百零八条)
 * @param attachmentIds the caller's draft files (photos) that become the risk's evidence
 */
public record RiskDraft(@NotBlank String enterpriseId, String visitId, @NotNull RiskCategory category,
                        @NotNull Severity severity, @NotBlank @Size(max = 2000) @PlainText String description,
                        @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> citations,
                        @NotNull LocalDate deadline, @Size(max = 50) @PlainText String responsible,
                        @Size(max = 20) List<@NotBlank String> attachmentIds) {

    public RiskDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
