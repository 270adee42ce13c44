package org.wanqi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.wanqi.regulation.RegulationStatus;

/**
 * A searcher of the whole index that also offers {@link #inForce()}: the same index, with the same
 * document numbers and term statistics (so the same scores), in which only the law in force and
 * the published knowledge articles are live. Searching that view is the default search's filter
 * without a filter clause: Lucene scores a disjunction of many terms window by window, term by term,
 * but with a filter clause it walks the documents one by one (twice the time, in a profile).
 */
final class RegulationSearcher extends IndexSearcher {

    private static final List<String> IN_FORCE = List.of(RegulationStatus.CURRENT.name(), RegulationIndex.PUBLISHED);

    private final IndexSearcher inForce;

    /**
     * Without Lucene's query cache: questions hardly repeat, and the cache's bookkeeping on every
     * search (usage counts in long-lived structures) cost more in garbage collection than cached
     * filters saved.
     */
    RegulationSearcher(IndexReader reader) {
        super(reader);
        setQueryCache(null);
        try {
            inForce = new IndexSearcher(new InForce((DirectoryReader) reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inForce.setQueryCache(null);
    }

    /** The law in force and the published knowledge articles only. */
    IndexSearcher inForce() {
        return inForce;
    }

    @Override
    public void setSimilarity(Similarity similarity) {
        super.setSimilarity(similarity);
        inForce.setSimilarity(similarity);
    }

    /** A view of the index in which the documents not in force count as deleted. */
    private static final class InForce extends FilterDirectoryReader {

        InForce(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new InForceLeaf(reader);
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new InForce(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }

    private static final class InForceLeaf extends FilterLeafReader {

        private final FixedBitSet live;
        private final int count;

        InForceLeaf(LeafReader in) {
            super(in);
            live = new FixedBitSet(in.maxDoc());
            try {
                for (String status : IN_FORCE) {
                    PostingsEnum docs = in.postings(new Term(RegulationIndex.STATUS, status), PostingsEnum.NONE);
                    if (docs != null) {
                        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                            live.set(doc);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Bits notDeleted = in.getLiveDocs();
            if (notDeleted != null) {
                for (int doc = 0; doc < in.maxDoc(); doc++) {
                    if (!notDeleted.get(doc)) {
                        live.clear(doc);
                    }
                }
            }
            count = live.cardinality();
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return count;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
