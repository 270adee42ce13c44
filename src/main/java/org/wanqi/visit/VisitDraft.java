package org.wanqi.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param officerIds    the users who went (their number is the visit's 人次); empty means just the submitter
 * @param checklist     the checklist answered on site, if any
 * @param attachmentIds draft files (uploaded while filling in the form) that become the visit's
 * @param campaignId    the special campaign (专项行动) a 专项行动检查 visit belongs to; only for that type
 */
public record VisitDraft(@NotBlank String enterpriseId, @NotNull VisitType type, @NotNull OffsetDateTime startedAt,
                         @NotNull OffsetDateTime endedAt, @Size(max = 10) List<@NotBlank String> officerIds,
                         @Size(max = 4000) @PlainText String summary, @Size(max = 50) @PlainText String representative,
                         @Valid @Size(max = 50) List<Advice> advice, @Valid @Size(max = 50) List<FoundRisk> risks,
                         @Valid ChecklistAnswers checklist, @Size(max = 20) List<@NotBlank String> attachmentIds,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 40) String campaignId) {

    public VisitDraft {
        officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
        advice = advice == null ? List.of() : List.copyOf(advice);
        risks = risks == null ? List.of() : List.copyOf(risks);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A visit outside any campaign. */
    public VisitDraft(String enterpriseId, VisitType type, OffsetDateTime startedAt, OffsetDateTime endedAt, List<String> officerIds,
                      String summary, String representative, List<Advice> advice, List<FoundRisk> risks, ChecklistAnswers checklist,
                      List<String> attachmentIds) {
        this(enterpriseId, type, startedAt, endedAt, officerIds, summary, representative, advice, risks, checklist, attachmentIds, null);
    }

    /** The answers to one checklist template version ({@code templateId} is {@code key@version}). */
    public record ChecklistAnswers(@NotBlank @Size(max = 60) String templateId, @Valid @Size(max = 60) List<Answer> answers) {

        public ChecklistAnswers {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** One checklist item answered yes, no or not applicable, with an optional note. */
    public record Answer(@NotBlank @Size(max = 40) String itemId, @NotNull AnswerValue answer,
                         @Size(max = 500) @PlainText String note) {
    }

    public enum AnswerValue { YES, NO, NOT_APPLICABLE }

    /** Advice given, optionally citing regulation articles. */
    public record Advice(@NotBlank @Size(max = 2000) @PlainText String text,
                         @Size(max = 10) List<@NotBlank @Size(max = 100) @PlainText String> citations) {

        public Advice {
            citations = citations == null ? List.of() : List.copyOf(citations);
        }
    }

    /**
     * A risk found on this visit.
     *
     * @param checklistItemId the checklist item answered "no" that this risk records, if any
     * @param attachmentIds   draft files (photos) that become the risk's evidence
     */
    public record FoundRisk(@NotNull RiskCategory category, @NotNull Severity severity,
                            @NotBlank @Size(max = 2000) @PlainText String description, @NotNull LocalDate deadline,
                            @Size(max = 50) @PlainText String responsible,
                            @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> citations,
                            @Size(max = 40) String checklistItemId, @Size(max = 20) List<@NotBlank String> attachmentIds) {

        public FoundRisk {
            citations = citations == null ? List.of() : List.copyOf(citations);
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        }
    }
}
