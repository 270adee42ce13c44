package org.wanqi.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.wanqi.enterprise.TimelineBatch;
import org.wanqi.enterprise.TimelineEntry;

/**
 * Writes past risks in bulk — the demo history on first start and benchmark data — bypassing the
 * per-request service (no caller, past deadlines) but not the lifecycle: every step is replayed
 * through {@link Risk#moveTo}. For start-up and benchmarks only; no view or endpoint reaches it.
 */
@Component
public class RiskHistory {

    private final MongoTemplate mongo;
    private final RiskIndex index;
    private final ApplicationEventPublisher events;

    RiskHistory(MongoTemplate mongo, RiskIndex index, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.index = index;
        this.events = events;
    }

    /** Stores the risks (one bulk insert) and their timeline entries; returns how many were stored. */
    public int insertAll(List<HistoricRisk> history) {
        List<Risk> risks = new ArrayList<>(history.size());
        List<TimelineEntry> timeline = new ArrayList<>();
        for (HistoricRisk past : history) {
            Risk risk = replay(past);
            risks.add(risk);
            timeline.add(new TimelineEntry(risk.enterpriseId, risk.createdAt, "risk", past.createdByName(), "timeline.risk.created",
                    List.of(risk.description), List.of()));
            for (HistoricRisk.Step step : past.steps()) {
                timeline.add(new TimelineEntry(risk.enterpriseId, step.at(), "risk", step.actorName(),
                        "timeline.risk." + step.to().name(), List.of(risk.description), List.of()));
            }
        }
        mongo.insertAll(risks).forEach(index::put);
        events.publishEvent(new TimelineBatch(timeline));
        return risks.size();
    }

    private static Risk replay(HistoricRisk past) {
        Risk risk = Risk.found(past.id(), past.enterpriseId(), past.enterpriseName(), past.regionCode(), past.visitId(),
                past.category(), past.severity(), past.description(), past.citations(), past.deadline(), past.responsible(),
                past.createdBy(), past.createdAt());
        for (HistoricRisk.Step step : past.steps()) {
            risk.moveTo(step.to(), Set.of(step.role()), step.actor(), step.actorName(), step.reason(), List.of(), step.at());
        }
        return risk;
    }
}
