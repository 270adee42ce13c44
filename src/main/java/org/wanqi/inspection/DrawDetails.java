package org.wanqi.inspection;

import java.time.Instant;

/**
 * A draw as published: the commitment and the inputs it binds from the start, the seed and the
 * result once drawn. {@code inputs} and {@code result} are the exact texts that were hashed and drawn.
 *
 * @param enterprises how many enterprises the directory held
 * @param inspectors  how many inspectors the pool held
 */
public record DrawDetails(String id, String quarter, DrawInputs.DrawLevel level, String unitId, boolean drawn,
                          String commitment, String inputs, String seed, String result, Instant committedAt, Instant drawnAt,
                          String redrawOf, String redrawReason, String supersededBy, int enterprises, int inspectors,
                          long version) {
}
