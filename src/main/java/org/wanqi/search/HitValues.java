package org.wanqi.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The doc values of a list of hits, in the hits' order. Doc values are cheap to read forwards, so
 * each field is read segment by segment in doc order (sorted once, for every field read). A sorted
 * field's texts are read once, however often asked for (the ranking and the facets both want the level).
 */
final class HitValues {

    private final List<LeafReaderContext> leaves;
    /** For the k-th hit in doc order: its place among the hits, its segment and its doc in the segment. */
    private final int[] hit;
    private final int[] leaf;
    private final int[] doc;
    private final Map<String, String[]> texts = new HashMap<>();

    HitValues(IndexSearcher searcher, ScoreDoc[] hits) {
        leaves = searcher.getIndexReader().leaves();
        long[] inDocOrder = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            inDocOrder[i] = (long) hits[i].doc << 32 | i;
        }
        Arrays.sort(inDocOrder);
        hit = new int[hits.length];
        leaf = new int[hits.length];
        doc = new int[hits.length];
        for (int k = 0; k < hits.length; k++) {
            int global = (int) (inDocOrder[k] >>> 32);
            hit[k] = (int) inDocOrder[k];
            leaf[k] = k > 0 && within(leaf[k - 1], global) ? leaf[k - 1] : ReaderUtil.subIndex(global, leaves);
            doc[k] = global - leaves.get(leaf[k]).docBase;
        }
    }

    private boolean within(int segment, int global) {
        LeafReaderContext context = leaves.get(segment);
        return global < context.docBase + context.reader().maxDoc();
    }

    /** A numeric field's value for each hit (0 where a hit has none). */
    long[] numbers(String field) throws IOException {
        long[] values = new long[hit.length];
        NumericDocValues current = null;
        for (int k = 0; k < hit.length; k++) {
            if (k == 0 || leaf[k] != leaf[k - 1]) {
                current = DocValues.getNumeric(leaves.get(leaf[k]).reader(), field);
            }
            if (current.advanceExact(doc[k])) {
                values[hit[k]] = current.longValue();
            }
        }
        return values;
    }

    /** A sorted field's value for each hit ("" where a hit has none); each distinct value is decoded once. */
    String[] texts(String field) throws IOException {
        String[] read = texts.get(field);
        if (read == null) {
            read = read(field);
            texts.put(field, read);
        }
        return read;
    }

    private String[] read(String field) throws IOException {
        String[] values = new String[hit.length];
        Arrays.fill(values, "");
        SortedDocValues current = null;
        Map<Integer, String> decoded = new HashMap<>();
        for (int k = 0; k < hit.length; k++) {
            if (k == 0 || leaf[k] != leaf[k - 1]) {
                current = DocValues.getSorted(leaves.get(leaf[k]).reader(), field);
                decoded.clear();
            }
            if (current.advanceExact(doc[k])) {
                int ord = current.ordValue();
                String text = decoded.get(ord);
                if (text == null) {
                    text = current.lookupOrd(ord).utf8ToString();
                    decoded.put(ord, text);
                }
                values[hit[k]] = text;
            }
        }
        return values;
    }

    /** How many hits have each value of a sorted-set field (a hit may have several). */
    Map<String, Long> counts(String field) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        SortedSetDocValues current = null;
        for (int k = 0; k < hit.length; k++) {
            if (k == 0 || leaf[k] != leaf[k - 1]) {
                current = DocValues.getSortedSet(leaves.get(leaf[k]).reader(), field);
            }
            if (current.advanceExact(doc[k])) {
                for (int i = 0; i < current.docValueCount(); i++) {
                    counts.merge(current.lookupOrd(current.nextOrd()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }
}
