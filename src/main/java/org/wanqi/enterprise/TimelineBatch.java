package org.wanqi.enterprise;

import java.util.List;

/** Many {@link TimelineEntry}s at once (bulk history), published as one event and stored in one bulk write. */
public record TimelineBatch(List<TimelineEntry> entries) {
}
