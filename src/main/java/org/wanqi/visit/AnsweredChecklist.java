package org.wanqi.visit;

import java.util.List;

/**
 * A checklist as answered on a visit: the template version and, with every answer, the question as
 * it was asked then (later versions of the template do not change it).
 */
public record AnsweredChecklist(String templateId, String name, int version, List<Item> items) {

    public record Item(String itemId, String text, VisitDraft.AnswerValue answer, String note) {
    }
}
