package org.wanqi.visit.checklist;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.visit.VisitType;

/**
 * One version of a checklist template. Versions are never changed: an edit stores the next
 * version (its id {@code key@version} is unique, so two editors cannot both write version n+1)
 * and the earlier one stops being {@code latest}.
 */
@Document("checklist_templates")
record ChecklistTemplate(@Id String id, String key, int version, boolean latest, String name, String topic,
                         Set<VisitType> visitTypes, List<ChecklistItem> items, String createdBy, Instant createdAt) {

    static String id(String key, int version) {
        return key + "@" + version;
    }

    ChecklistTemplate superseded() {
        return new ChecklistTemplate(id, key, version, false, name, topic, visitTypes, items, createdBy, createdAt);
    }
}
