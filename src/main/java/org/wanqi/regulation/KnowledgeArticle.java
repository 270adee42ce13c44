package org.wanqi.regulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.wanqi.base.DomainException;

/**
 * An explanatory article a trainer writes: Markdown, tags and topics, the statute articles it
 * cites, and every saved revision. The current content is the last revision's.
 */
@Document("knowledge_articles")
class KnowledgeArticle {

    @Id
    String id;
    String title;
    String body;
    List<String> tags = new ArrayList<>();
    Set<KnowledgeTopic> topics = Set.of();
    /** As written: 《大气污染防治法》第一百零八条. */
    List<String> citations = new ArrayList<>();
    KnowledgeState state;
    String author;
    String authorName;
    Instant createdAt;
    Instant updatedAt;
    /** When it was last published. */
    Instant publishedAt;
    List<Revision> revisions = new ArrayList<>();
    @Version
    Long version;

    /** One saved content, numbered from 1. */
    record Revision(int number, String title, String body, List<String> tags, Set<KnowledgeTopic> topics,
                    List<String> citations, String author, String authorName, Instant at) {
    }

    /** Records {@code draft} as the next revision, unless it says what the current one says. */
    boolean revise(KnowledgeDraft draft, String author, String authorName, Instant at) {
        if (!revisions.isEmpty() && draft.sameContentAs(title, body, tags, topics, citations)) {
            return false;
        }
        title = draft.title().strip();
        body = draft.body();
        tags = List.copyOf(draft.tags());
        topics = Set.copyOf(draft.topics());
        citations = List.copyOf(draft.citations());
        updatedAt = at;
        revisions.add(new Revision(revisions.size() + 1, title, body, tags, topics, citations, author, authorName, at));
        return true;
    }

    /** Moves to {@code to} when the state allows it. */
    void moveTo(KnowledgeState to, Instant at) {
        if (!state.moves().contains(to)) {
            throw new DomainException("knowledge.error.move");
        }
        state = to;
        updatedAt = at;
        if (to == KnowledgeState.PUBLISHED) {
            publishedAt = at;
        }
    }
}
