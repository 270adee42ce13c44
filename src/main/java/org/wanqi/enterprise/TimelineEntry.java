package org.wanqi.enterprise;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to an enterprise, for its 360° timeline. Any module publishes one as an
 * application event (a visit logged, a risk closed …); the timeline stores it and the 360° page
 * shows it without knowing the module.
 *
 * @param kind       what sort of thing, for the icon: {@code edit}, {@code visit}, {@code risk} …
 * @param actor      who did it, as people read it (a display name)
 * @param summaryKey translation key of the one-line summary; {@code {0}} is the actor's name
 * @param summaryArgs further arguments of the summary ({@code {1}} …)
 * @param fields     for edits: the fields that changed (labels {@code enterprise.field.<name>})
 */
public record TimelineEntry(String enterpriseId, Instant at, String kind, String actor, String summaryKey,
                            List<String> summaryArgs, List<String> fields) {

    public TimelineEntry {
        summaryArgs = summaryArgs == null ? List.of() : List.copyOf(summaryArgs);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
