package org.wanqi.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.BusinessZone;
import org.wanqi.security.CurrentUser;
import org.wanqi.security.Role;
import org.wanqi.security.SystemTasks;

/**
 * Every morning, tells each officer and supervisor how many risks in their area are overdue or due
 * within three days. The counts are taken as that user ({@link SystemTasks}), so they are exactly
 * what their risk board shows; a day with nothing to tell writes nothing, and running the job twice
 * on a day replaces that day's reminder.
 */
@Service
public class RiskReminders {

    static final int DAYS_KEPT_IN_VIEW = 7;

    private final MongoTemplate mongo;
    private final RiskService risks;
    private final SystemTasks system;
    private final CurrentUser currentUser;
    private final BusinessZone zone;
    private final Clock clock;

    RiskReminders(MongoTemplate mongo, RiskService risks, SystemTasks system, CurrentUser currentUser, BusinessZone zone,
                  Clock clock) {
        this.mongo = mongo;
        this.risks = risks;
        this.system = system;
        this.currentUser = currentUser;
        this.zone = zone;
        this.clock = clock;
    }

    @Scheduled(cron = "${wanqi.risk.reminder-cron:0 0 7 * * *}", zone = "${wanqi.zone:Asia/Shanghai}")
    void sendDaily() {
        LocalDate today = zone.dateOf(clock.instant());
        system.asEachUser(Set.of(Role.OFFICER, Role.SUPERVISOR), user -> {
            RiskService.RiskCounts counts = risks.counts();
            if (counts.overdue() + counts.dueSoon() > 0) {
                mongo.save(new RiskReminder(user.getUsername() + ":" + today, user.getUsername(), today, counts.overdue(),
                        counts.dueSoon(), clock.instant()));
            }
        });
    }

    /** The caller's reminders of the last week, newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    public List<RiskReminder> mine() {
        LocalDate since = zone.dateOf(clock.instant()).minusDays(DAYS_KEPT_IN_VIEW - 1L);
        return mongo.find(Query.query(Criteria.where("username").is(currentUser.require().getUsername()).and("day").gte(since))
                .with(Sort.by(Sort.Direction.DESC, "day")), RiskReminder.class);
    }
}
