package org.wanqi.visit.checklist;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;
import org.wanqi.visit.VisitType;

/** A template as an editor writes it: its name, topic, the visit types it suits and its questions. */
public record ChecklistDraft(@NotBlank @Size(max = 60) @PlainText String name, @Size(max = 60) @PlainText String topic,
                             @NotEmpty Set<VisitType> visitTypes, @NotEmpty @Size(max = 60) List<@Valid ChecklistItem> items) {
}
