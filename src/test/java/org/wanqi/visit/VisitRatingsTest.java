package org.wanqi.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.MutableClock;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.base.DomainException;
import org.wanqi.base.NotFoundException;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

/** Satisfaction ratings: by the visited enterprise only, one per visit, changeable for seven days, summed up for supervisors. */
@WanqiSpringTest
class VisitRatingsTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    VisitRatings ratings;
    @Autowired
    VisitService visits;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    TestUsers users;
    WanqiUser visited;
    WanqiUser other;
    WanqiUser supervisor;
    String visitId;

    @BeforeEach
    void aVisitToAnEnterprise() {
        clock.set(NOW);
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.AIR));
        EnterpriseDetails neighbour = enterprises.create(TestEnterprises.draft("沧县华源制药有限公司", "130921", 2, PollutionCategory.AIR));
        visited = users.create("ent", Role.ENTERPRISE, enterprise.id());
        other = users.create("ent.other", Role.ENTERPRISE, neighbour.id());
        supervisor = users.create("chief", Role.SUPERVISOR, null, "130900");
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));
        OffsetDateTime started = OffsetDateTime.parse("2026-05-30T09:00:00+08:00");
        visitId = visits.submit(new VisitDraft(enterprise.id(), VisitType.ASSISTANCE, started, started.plusHours(1), List.of(),
                "帮扶", null, List.of(), List.of(), null, List.of()), "rating-visit-1", "web").visit().id();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void theVisitedEnterpriseRatesOnceAndMayChangeItForSevenDays() {
        users.signIn(visited);
        VisitRatings.Rating first = ratings.rate(visitId, 3, "一般");
        assertThat(first.editable()).isTrue();
        clock.advance(Duration.ofDays(6));
        VisitRatings.Rating changed = ratings.rate(visitId, 5, "后来问题都解决了");
        assertThat(changed.score()).isEqualTo(5);
        assertThat(changed.ratedAt()).as("the first rating's time stays").isEqualTo(first.ratedAt());
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> ratings.rate(visitId, 1, "再改")).isInstanceOf(DomainException.class);
        assertThat(ratings.of(visitId).orElseThrow().score()).isEqualTo(5);
        assertThat(ratings.of(visitId).orElseThrow().editable()).isFalse();
    }

    @Test
    void othersCannotRateOrSeeItAndSupervisorsSeeTheSummary() {
        users.signIn(other);
        assertThatThrownBy(() -> ratings.rate(visitId, 1, "差")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ratings.of(visitId)).isInstanceOf(NotFoundException.class);
        users.signIn(visited);
        assertThatThrownBy(() -> ratings.rate(visitId, 6, null)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> ratings.rate(visitId, 4, "<img src=x>")).isInstanceOf(ConstraintViolationException.class);
        ratings.rate(visitId, 4, null);
        assertThatThrownBy(() -> ratings.summary()).isInstanceOf(AccessDeniedException.class);
        users.signIn(supervisor);
        assertThatThrownBy(() -> ratings.rate(visitId, 5, null)).isInstanceOf(AccessDeniedException.class);
        VisitRatings.Summary summary = ratings.summary();
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.mean()).isEqualTo(4.0);
        assertThat(summary.byScore()).containsExactly(0L, 0L, 0L, 1L, 0L);
        assertThat(ratings.of(visitId).orElseThrow().comment()).isNull();
    }
}
