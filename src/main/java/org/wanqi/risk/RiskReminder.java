package org.wanqi.risk;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's daily reminder: on {@code day}, how many risks in their area were overdue and how many
 * due within three days. One per user and day ({@code id} is {@code username:day}).
 */
@Document("risk_reminders")
public record RiskReminder(@Id String id, String username, LocalDate day, long overdue, long dueSoon, Instant createdAt) {
}
