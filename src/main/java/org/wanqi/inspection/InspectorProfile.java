package org.wanqi.inspection;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An officer as an inspector: available for draws or not, and the enterprises they declared a conflict of interest with. */
@Document("inspector_profiles")
class InspectorProfile {

    @Id
    String userId;
    boolean available = true;
    Set<String> conflicts = new HashSet<>();
    Instant updatedAt;
}
