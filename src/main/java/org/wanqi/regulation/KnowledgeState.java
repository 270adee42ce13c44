package org.wanqi.regulation;

import java.util.Set;

/**
 * Where a trainer's knowledge article stands: written (draft), out for everyone (published),
 * withdrawn (archived, kept with its history). Labels: {@code knowledge.state.<NAME>}.
 */
public enum KnowledgeState {
    DRAFT, PUBLISHED, ARCHIVED;

    /** The moves a trainer may make from here: draft → published → archived → draft (to rework). */
    public Set<KnowledgeState> moves() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(ARCHIVED);
            case ARCHIVED -> Set.of(DRAFT);
        };
    }
}
