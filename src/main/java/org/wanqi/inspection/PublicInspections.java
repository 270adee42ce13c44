package org.wanqi.inspection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.base.NotFoundException;
import org.wanqi.base.mongo.Slices;
import org.wanqi.organization.UnitService;
import org.wanqi.risk.RiskDetails;
import org.wanqi.risk.RiskService;
import org.wanqi.security.SystemTasks;

/**
 * 一公开: what anyone may read without signing in. Draws (commitment from the start; seed and result
 * once drawn) with their verification, and the inspection results a supervisor approved — enterprise,
 * USCC, date, inspecting unit, outcome, problems and their rectification — never an officer's or an
 * enterprise employee's name, never an unpublished task.
 */
@Service
public class PublicInspections {

    private final MongoTemplate mongo;
    private final RiskService risks;
    private final UnitService units;
    private final SystemTasks system;

    PublicInspections(MongoTemplate mongo, RiskService risks, UnitService units, SystemTasks system) {
        this.mongo = mongo;
        this.risks = risks;
        this.units = units;
        this.system = system;
    }

    /** A published inspection result. */
    public record Item(String drawId, String quarter, DrawInputs.DrawLevel level, String enterpriseName, String uscc,
                       LocalDate inspectedOn, String inspectingUnit, Outcome outcome, List<Problem> problems) {
    }

    /** A problem found, as published: its category and description and whether it is rectified. */
    public record Problem(String category, String description, String status) {
    }

    /** What the verification found: the seed and inputs hash to the commitment, and drawing again gives the published result. */
    public record Verification(boolean revealed, boolean commitmentMatches, boolean resultMatches, boolean matches) {
    }

    /** A quarter's figures per level. */
    public record QuarterFigures(String quarter, Map<DrawInputs.DrawLevel, Figures> byLevel) {
    }

    /** Enterprises drawn, inspected, found with problems, and published. */
    public record Figures(long drawn, long inspected, long withProblems, long published) {

        Figures plus(InspectionTask task) {
            return new Figures(drawn + 1, inspected + (task.status == TaskStatus.DONE ? 1 : 0),
                    withProblems + (task.outcome != null && task.outcome != Outcome.NO_PROBLEM ? 1 : 0), published + (task.published ? 1 : 0));
        }
    }

    @PreAuthorize("permitAll()")
    public DrawDetails draw(String id) {
        return load(id).details(false);
    }

    /** Checks a drawn draw as anyone could: the commitment, then the result, recomputed from the published seed and inputs. */
    @PreAuthorize("permitAll()")
    public Verification verify(String id) {
        Draw draw = load(id);
        if (draw.state != Draw.State.DRAWN) {
            return new Verification(false, false, false, false);
        }
        boolean commitment = RandomDraw.commitment(draw.seed, draw.inputs).equals(draw.commitment);
        boolean result = RandomDraw.resultText(RandomDraw.run(draw.seed, DrawInputs.parse(draw.inputs))).equals(draw.result);
        return new Verification(true, commitment, result, commitment && result);
    }

    /** Published results, newest inspection first. */
    @PreAuthorize("permitAll()")
    public Slice<Item> published(Pageable pageable) {
        Query query = Query.query(Criteria.where("published").is(true)).with(Sort.by(Sort.Direction.DESC, "inspectedOn", "enterpriseName"));
        return Slices.find(mongo, query, pageable, InspectionTask.class).map(this::item);
    }

    @PreAuthorize("permitAll()")
    public long publishedCount() {
        return mongo.count(Query.query(Criteria.where("published").is(true)), InspectionTask.class);
    }

    /** The quarter's figures of the draws in force (re-drawn ones left out). */
    @PreAuthorize("permitAll()")
    public QuarterFigures quarter(String quarter) {
        Map<DrawInputs.DrawLevel, Figures> byLevel = new EnumMap<>(DrawInputs.DrawLevel.class);
        List<String> inForce = mongo.find(Query.query(Criteria.where("quarter").is(quarter).and("supersededBy").is(null)
                .and("state").is(Draw.State.DRAWN)), Draw.class).stream().map(draw -> draw.id).toList();
        for (InspectionTask task : mongo.find(Query.query(Criteria.where("drawId").in(inForce)), InspectionTask.class)) {
            byLevel.put(task.level, byLevel.getOrDefault(task.level, new Figures(0, 0, 0, 0)).plus(task));
        }
        return new QuarterFigures(quarter, byLevel);
    }

    private Item item(InspectionTask task) {
        return system.call(() -> new Item(task.drawId, task.quarter, task.level, task.enterpriseName, task.uscc, task.inspectedOn,
                task.unitId == null ? null : units.find(task.unitId).map(unit -> unit.name()).orElse(null), task.outcome,
                task.riskIds.stream().map(risks::get).map(PublicInspections::problem).toList()));
    }

    private static Problem problem(RiskDetails risk) {
        return new Problem(risk.category().name(), risk.description(), risk.status().name());
    }

    private Draw load(String id) {
        Draw draw = id == null ? null : mongo.findById(id, Draw.class);
        if (draw == null) {
            throw new NotFoundException("Draw " + id);
        }
        return draw;
    }
}
