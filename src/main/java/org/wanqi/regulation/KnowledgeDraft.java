package org.wanqi.regulation;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wanqi.base.validation.PlainText;

/**
 * What a trainer writes. The body is Markdown: raw HTML in it is shown as text, never run.
 *
 * @param citations statute articles as written, e.g. 《大气污染防治法》第一百零八条
 */
public record KnowledgeDraft(@NotBlank @Size(max = 200) @PlainText String title,
                             @NotBlank @Size(max = 50_000) String body,
                             @NotNull @Size(max = 20) List<@NotBlank @Size(max = 30) @PlainText String> tags,
                             @NotNull @Size(max = 10) Set<@NotNull KnowledgeTopic> topics,
                             @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) @PlainText String> citations) {

    public KnowledgeDraft {
        tags = tags == null ? List.of() : tags.stream().map(tag -> tag == null ? null : tag.strip()).distinct().toList();
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        citations = citations == null ? List.of() : citations.stream().map(c -> c == null ? null : c.strip()).distinct().toList();
    }

    boolean sameContentAs(String title, String body, List<String> tags, Set<KnowledgeTopic> topics, List<String> citations) {
        return this.title.strip().equals(title) && this.body.equals(body) && this.tags.equals(tags)
                && this.topics.equals(topics) && this.citations.equals(citations);
    }
}
