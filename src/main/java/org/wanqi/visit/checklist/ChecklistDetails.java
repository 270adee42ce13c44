package org.wanqi.visit.checklist;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wanqi.visit.VisitType;

/** A checklist template version as forms and visits read it. */
public record ChecklistDetails(String id, String key, int version, boolean latest, String name, String topic,
                               Set<VisitType> visitTypes, List<ChecklistItem> items) {

    public Optional<ChecklistItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    static ChecklistDetails of(ChecklistTemplate template) {
        return new ChecklistDetails(template.id(), template.key(), template.version(), template.latest(), template.name(),
                template.topic(), Set.copyOf(template.visitTypes()), List.copyOf(template.items()));
    }
}
