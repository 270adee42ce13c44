package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.wanqi.files.Attachment;

/**
 * A risk as the UI and the REST API read it. {@code overdue} is derived on the business day of
 * reading; {@code allowedMoves} are the statuses the reader may move it to now.
 */
public record RiskDetails(String id, String enterpriseId, String enterpriseName, String visitId, RiskCategory category, Severity severity,
                          String description, List<String> citations, LocalDate deadline, String responsible,
                          RiskStatus status, boolean overdue, List<RiskEvent> history, List<Attachment> attachments,
                          Instant createdAt,
                          long version, List<RiskStatus> allowedMoves) {
}
