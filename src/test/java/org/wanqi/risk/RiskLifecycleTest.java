package org.wanqi.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.base.DomainException;
import org.wanqi.files.Attachment;
import org.wanqi.security.Role;

/** The state machine of a risk, every move by every role, in the domain alone. */
class RiskLifecycleTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    static Risk riskIn(RiskStatus status) {
        Risk risk = new Risk();
        risk.status = status;
        risk.deadline = LocalDate.of(2026, 3, 31);
        risk.attachments = List.of(new Attachment("file-1", "整改前.jpg", "image/jpeg", 1, "a"),
                new Attachment("photo-1", "整改后.jpg", "image/jpeg", 1, "b"));
        return risk;
    }

    /** Every (from, to, role) and whether the move is allowed. */
    static Stream<Arguments> everyMoveByEveryRole() {
        Set<String> legal = Set.of(
                "OPEN>RECTIFYING:ENTERPRISE", "OPEN>RECTIFYING:OFFICER", "OPEN>RECTIFYING:SUPERVISOR",
                "RECTIFYING>PENDING_VERIFICATION:ENTERPRISE", "RECTIFYING>PENDING_VERIFICATION:OFFICER",
                "RECTIFYING>PENDING_VERIFICATION:SUPERVISOR",
                "PENDING_VERIFICATION>CLOSED:OFFICER", "PENDING_VERIFICATION>CLOSED:SUPERVISOR",
                "PENDING_VERIFICATION>RECTIFYING:OFFICER", "PENDING_VERIFICATION>RECTIFYING:SUPERVISOR");
        Stream.Builder<Arguments> moves = Stream.builder();
        for (RiskStatus from : RiskStatus.values()) {
            for (RiskStatus to : RiskStatus.values()) {
                for (Role role : Role.values()) {
                    moves.add(Arguments.of(from, to, role, legal.contains(from + ">" + to + ":" + role)));
                }
            }
        }
        return moves.build();
    }

    @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
    @MethodSource("everyMoveByEveryRole")
    void onlyTheLegalMovesByTheRightRolesHappen(RiskStatus from, RiskStatus to, Role role, boolean allowed) {
        Risk risk = riskIn(from);
        Runnable move = () -> risk.moveTo(to, Set.of(role), "u", "用户", "原因说明", List.of("file-1"), NOW);
        if (allowed) {
            move.run();
            assertThat(risk.status).isEqualTo(to);
            assertThat(risk.history).singleElement().satisfies(event -> {
                assertThat(event.from()).isEqualTo(from);
                assertThat(event.to()).isEqualTo(to);
                assertThat(event.actor()).isEqualTo("u");
                assertThat(event.at()).isEqualTo(NOW);
                assertThat(event.evidenceIds()).containsExactly("file-1");
            });
        } else {
            assertThatThrownBy(move::run).isInstanceOfAny(DomainException.class, AccessDeniedException.class);
            assertThat(risk.status).isEqualTo(from);
            assertThat(risk.history).isEmpty();
        }
    }

    @Test
    void anIllegalMoveIsADomainRefusalAWrongRoleIsAccessDenied() {
        assertThatThrownBy(() -> riskIn(RiskStatus.OPEN).moveTo(RiskStatus.CLOSED, Set.of(Role.SUPERVISOR), "u", "u", null, List.of(), NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> riskIn(RiskStatus.PENDING_VERIFICATION).moveTo(RiskStatus.CLOSED, Set.of(Role.ENTERPRISE), "u", "u", null, List.of(), NOW))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sendingEvidenceBackNeedsAReason() {
        Risk risk = riskIn(RiskStatus.PENDING_VERIFICATION);
        assertThatThrownBy(() -> risk.moveTo(RiskStatus.RECTIFYING, Set.of(Role.OFFICER), "u", "u", " ", List.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("risk.error.reason-required"));
        risk.moveTo(RiskStatus.RECTIFYING, Set.of(Role.OFFICER), "u", "u", "照片不清晰，请补充", List.of(), NOW);
        assertThat(risk.history.getLast().reason()).isEqualTo("照片不清晰，请补充");
    }

    @Test
    void submittingARectificationNeedsWordsOrFiles() {
        Risk risk = riskIn(RiskStatus.RECTIFYING);
        assertThatThrownBy(() -> risk.moveTo(RiskStatus.PENDING_VERIFICATION, Set.of(Role.ENTERPRISE), "e", "e", null, List.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("risk.error.evidence-required"));
        risk.moveTo(RiskStatus.PENDING_VERIFICATION, Set.of(Role.ENTERPRISE), "e", "e", null, List.of("photo-1"), NOW);
        assertThat(risk.status).isEqualTo(RiskStatus.PENDING_VERIFICATION);
    }

    @Test
    void evidenceMustBeAFileOfThisRisk() {
        Risk risk = riskIn(RiskStatus.RECTIFYING);
        assertThatThrownBy(() -> risk.moveTo(RiskStatus.PENDING_VERIFICATION, Set.of(Role.ENTERPRISE), "e", "e", "已整改",
                List.of("photo-1", "someone-elses-file"), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("risk.error.unknown-evidence"));
        assertThat(risk.status).isEqualTo(RiskStatus.RECTIFYING);
        assertThat(risk.history).isEmpty();
    }

    @Test
    void onlySupervisorsExtendDeadlinesWithAReasonToALaterDate() {
        Risk risk = riskIn(RiskStatus.RECTIFYING);
        LocalDate later = LocalDate.of(2026, 4, 30);
        assertThatThrownBy(() -> risk.extendDeadline(later, Set.of(Role.OFFICER), "o", "o", "设备未到货", NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.extendDeadline(later, Set.of(Role.SUPERVISOR), "s", "s", "", NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> risk.extendDeadline(LocalDate.of(2026, 3, 1), Set.of(Role.SUPERVISOR), "s", "s", "设备未到货", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("risk.error.deadline-not-later"));
        risk.extendDeadline(later, Set.of(Role.SUPERVISOR), "s", "王建国", "设备未到货", NOW);
        assertThat(risk.deadline).isEqualTo(later);
        assertThat(risk.history.getLast().deadlineBefore()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(risk.history.getLast().isDeadlineExtension()).isTrue();
        Risk closed = riskIn(RiskStatus.CLOSED);
        assertThatThrownBy(() -> closed.extendDeadline(later, Set.of(Role.SUPERVISOR), "s", "s", "x", NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void overdueMeansPastTheDeadlineAndNotClosed() {
        Risk risk = riskIn(RiskStatus.RECTIFYING);
        assertThat(risk.overdue(LocalDate.of(2026, 3, 31))).as("on the deadline day").isFalse();
        assertThat(risk.overdue(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(riskIn(RiskStatus.CLOSED).overdue(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
