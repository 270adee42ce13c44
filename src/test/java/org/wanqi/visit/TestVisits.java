package org.wanqi.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Stored visits written straight to the database for tests of what is derived from many of them (rollups). */
public final class TestVisits {

    private TestVisits() {
    }

    /** A visit as stored: when, by which unit, with how many officers, finding how many risks. */
    public record Spec(Instant startedAt, String unitId, VisitType type, int officers, int risks) {
    }

    public static void insert(MongoTemplate mongo, List<Spec> specs) {
        List<Visit> batch = new ArrayList<>();
        int n = 0;
        for (Spec spec : specs) {
            Visit visit = new Visit();
            visit.id = "tv-%08d".formatted(n++);
            visit.idempotencyKey = "test-" + visit.id;
            visit.enterpriseId = "ent-test";
            visit.regionCode = spec.unitId();
            visit.unitId = spec.unitId();
            visit.type = spec.type();
            visit.startedAt = spec.startedAt();
            visit.endedAt = spec.startedAt().plusSeconds(3600);
            visit.officerIds = new ArrayList<>();
            for (int i = 0; i < spec.officers(); i++) {
                visit.officerIds.add("officer-" + i);
            }
            for (int i = 0; i < spec.risks(); i++) {
                visit.foundRisks.add(null);
            }
            batch.add(visit);
            if (batch.size() == 5000) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        mongo.insertAll(batch);
    }
}
