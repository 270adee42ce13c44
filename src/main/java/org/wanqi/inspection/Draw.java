package org.wanqi.inspection;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored draw. Its inputs and commitment are written once, when it is committed; its result and
 * seed once, when it is drawn. Nothing else of it changes, except that a re-draw names its successor.
 */
@Document("random_draws")
class Draw {

    enum State { COMMITTED, DRAWN }

    @Id
    String id;
    String quarter;
    DrawInputs.DrawLevel level;
    String unitId;
    String inputs;
    String commitment;
    /** Secret until the draw is run; then published. */
    String seed;
    State state;
    String result;
    String committedBy;
    Instant committedAt;
    String drawnBy;
    Instant drawnAt;
    String redrawOf;
    String redrawReason;
    String supersededBy;
    int enterprises;
    int inspectors;
    @Version
    Long version;

    DrawDetails details(boolean withSecret) {
        boolean revealed = state == State.DRAWN;
        return new DrawDetails(id, quarter, level, unitId, state == State.DRAWN, commitment, inputs, revealed || withSecret ? seed : null,
                result, committedAt, drawnAt, redrawOf, redrawReason, supersededBy, enterprises, inspectors,
                version == null ? 0 : version);
    }
}
