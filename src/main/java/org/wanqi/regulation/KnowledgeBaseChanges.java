package org.wanqi.regulation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wanqi.base.mongo.ChangeFeed;

/**
 * Tells the search index what was written: the {@link ChangeFeed} for every node (and for this one
 * after a restart), then this node at once with a {@link RegulationsChanged} naming the feed's
 * entries. Called after the write, so a follower that reads the ids finds them as written.
 */
@Component
class KnowledgeBaseChanges {

    private final ApplicationEventPublisher events;
    private final ChangeFeed feed;

    KnowledgeBaseChanges(ApplicationEventPublisher events, ChangeFeed feed) {
        this.events = events;
        this.feed = feed;
    }

    void written(RegulationsChanged changed) {
        List<Long> sequences = new ArrayList<>();
        if (!changed.regulationIds().isEmpty()) {
            sequences.add(feed.append(RegulationsChanged.REGULATIONS, changed.regulationIds()));
        }
        if (!changed.articles().isEmpty()) {
            sequences.add(feed.append(RegulationsChanged.ARTICLES, changed.articles().stream().map(ArticleDetails::id).toList()));
        }
        if (!changed.knowledgeIds().isEmpty()) {
            sequences.add(feed.append(RegulationsChanged.KNOWLEDGE, changed.knowledgeIds()));
        }
        events.publishEvent(changed.recordedAs(sequences));
    }
}
