package org.wanqi.base.mongo;

/**
 * Data derived from MongoDB and kept elsewhere (in memory, in a search index): it can always be
 * thrown away and rebuilt from MongoDB, the source of truth.
 */
public interface DerivedData {

    /** Discards what is held and reads it again from MongoDB. */
    void rebuild();
}
