package org.wanqi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.regulation.CitationKeys;
import org.wanqi.regulation.RegulationLevel;
import org.wanqi.regulation.RegulationStatus;

/**
 * Searches regulations' articles. A citation in the query (大气法108条) puts that article first;
 * otherwise articles rank by BM25 over their text, with the legal terms learned for everyday words.
 * The same article in several versions is shown once (its best-ranked version).
 */
@Service
public class RegulationSearch {

    private static final float CITED = 1000f;
    private static final float CITED_LAW = 3f;
    private static final int CANDIDATES_PER_HIT = 10;
    private static final int SNIPPET_PASSAGES = 2;
    /** From this many bigrams on, a query is searched without its single characters. */
    static final int SHORT_QUERY_BIGRAMS = 4;
    /** Longer questions are cut here: their first few hundred characters say what they are about. */
    static final int MAX_QUERY_LENGTH = 300;

    static {
        IndexSearcher.setMaxClauseCount(8192);
    }

    /**
     * How the parts of a query count.
     *
     * @param unigram     a single character's weight against a bigram's
     * @param lawTitle    a match in the law's title against one in the text
     * @param lawVote     how much the law's vote adds, as a share of the best hit's score
     * @param votesPerLaw how many of a law's best articles vote
     * @param voteDepth   how many hits are read to count the votes
     * @param dropQuestionWords search without 什么, 怎么办, 是否 …
     * @param vocabulary  the weight of legal terms added for everyday words (0: none)
     * @param lawLevel    how much more an article of a law (法律) counts than one of a regulation or interpretation
     * @param k1          BM25's term-frequency saturation
     * @param b           BM25's length normalisation
     * @param maxTerms    a long question keeps only this many of its bigrams, the rarest (0: all)
     * @param asked       how much the most asked-about articles ({@link AskedArticles}) gain, as a share of the best hit's score
     */
    record Weights(float unigram, float lawTitle, float lawVote, int votesPerLaw, int voteDepth,
                   boolean dropQuestionWords, float vocabulary, float lawLevel, float k1, float b, int maxTerms,
                   float asked) {
        /** The best of the variants tried on the STARD training queries (docs/search-quality.md). */
        static final Weights DEFAULT = new Weights(0.5f, 0f, 0.3f, 3, 50, true, 0.5f, 0.2f, 1.2f, 0.9f, 0, 0.3f);

        Weights withDepthAndTerms(int voteDepth, int maxTerms) {
            return new Weights(unigram, lawTitle, lawVote, votesPerLaw, voteDepth, dropQuestionWords, vocabulary,
                    lawLevel, k1, b, maxTerms, asked);
        }

        Weights withAsked(float asked) {
            return new Weights(unigram, lawTitle, lawVote, votesPerLaw, voteDepth, dropQuestionWords, vocabulary,
                    lawLevel, k1, b, maxTerms, asked);
        }
    }

    private final RegulationIndex index;
    private final CitationResolver citations;
    private final QueryRewriter rewriter;
    private final AskedArticles asked;
    private final SearchLog log;
    private volatile Weights weights = Weights.DEFAULT;

    RegulationSearch(RegulationIndex index, CitationResolver citations, QueryRewriter rewriter, AskedArticles asked,
                     SearchLog log) {
        this.index = index;
        this.citations = citations;
        this.rewriter = rewriter;
        this.asked = asked;
        this.log = log;
    }

    /**
     * A search someone asked for (the search page, the REST API): like {@link #search}, and its first
     * page counts in the trainers' analytics.
     */
    @PreAuthorize("isAuthenticated()")
    public SearchResult ask(SearchQuery search) {
        SearchResult result = search(search);
        if (search.offset() == 0) {
            log.asked(search.text(), result.total());
        }
        return result;
    }

    /** Someone opened the hit {@code hitId} ({@code title}) found by searching for {@code query}. */
    @PreAuthorize("isAuthenticated()")
    public void opened(String query, String hitId, String title) {
        log.opened(query, hitId, title);
    }

    /** The statute articles that best match what an officer is writing (a risk's description), in force only. */
    @PreAuthorize("isAuthenticated()")
    public List<SearchResult.Hit> suggestFor(String description, int limit) {
        if (description == null || description.strip().length() < 4) {
            return List.of();
        }
        return search(new SearchQuery(description, false, null, 0, limit * 2)).hits().stream()
                .filter(hit -> !hit.isKnowledge()).limit(limit).toList();
    }

    /** Which article a citation names, and whether it is in force. */
    @PreAuthorize("isAuthenticated()")
    public CitationCheck check(String written) {
        Optional<CitationResolver.Citation> found = written == null ? Optional.empty() : citations.find(written);
        if (found.isEmpty() || found.get().law() == null) {
            return new CitationCheck(written, written == null ? "" : written.strip(), CitationCheck.Verdict.UNKNOWN_LAW, null);
        }
        CitationResolver.Law law = found.get().law();
        boolean lawInForce = citations.regulation(law.id()).map(r -> r.status() == RegulationStatus.CURRENT).orElse(false);
        if (found.get().number() == null) {
            return new CitationCheck(written, "《" + law.shortTitle() + "》",
                    lawInForce ? CitationCheck.Verdict.IN_FORCE : CitationCheck.Verdict.NOT_IN_FORCE, null);
        }
        var number = found.get().number();
        String canonical = "《" + law.shortTitle() + "》" + number.written();
        return withSearcher(searcher -> {
            Query lawQuery = new TermQuery(new Term(RegulationIndex.LAW_KEY, law.shortTitle()));
            Query articleQuery = new BooleanQuery.Builder()
                    .add(lawQuery, BooleanClause.Occur.FILTER)
                    .add(IntField.newExactQuery(RegulationIndex.NUMBER_VALUE, number.value()), BooleanClause.Occur.FILTER)
                    .add(IntField.newExactQuery(RegulationIndex.NUMBER_SUFFIX, number.suffix()), BooleanClause.Occur.FILTER)
                    .build();
            ScoreDoc[] versions = searcher.search(articleQuery, 50).scoreDocs;
            if (versions.length == 0) {
                boolean imported = searcher.count(lawQuery) > 0;
                return new CitationCheck(written, canonical, imported ? CitationCheck.Verdict.NO_SUCH_ARTICLE
                        : lawInForce ? CitationCheck.Verdict.UNCHECKED : CitationCheck.Verdict.NOT_IN_FORCE, null);
            }
            Document latest = null;
            for (ScoreDoc version : versions) {
                Document doc = searcher.storedFields().document(version.doc);
                if (RegulationStatus.CURRENT.name().equals(doc.get(RegulationIndex.STATUS))) {
                    return new CitationCheck(written, canonical, CitationCheck.Verdict.IN_FORCE, doc.get(RegulationIndex.ID));
                }
                if (latest == null || String.valueOf(doc.get(RegulationIndex.VERSION_DATE))
                        .compareTo(String.valueOf(latest.get(RegulationIndex.VERSION_DATE))) > 0) {
                    latest = doc;
                }
            }
            return new CitationCheck(written, canonical, CitationCheck.Verdict.NOT_IN_FORCE, latest.get(RegulationIndex.ID));
        });
    }

    /** Published knowledge articles that cite the article with this {@link CitationKeys key}, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SearchResult.Hit> explaining(String citationKey, int limit) {
        Query query = new TermQuery(new Term(RegulationIndex.CITES, citationKey));
        return withSearcher(searcher -> {
            List<SearchResult.Hit> hits = new ArrayList<>();
            Sort newest = new Sort(new SortField(RegulationIndex.PUBLISHED_AT, SortField.Type.LONG, true));
            for (ScoreDoc doc : searcher.search(query, limit, newest).scoreDocs) {
                hits.add(hit(searcher, doc, ""));
            }
            return hits;
        });
    }

    /** Articles like the one with {@code id} (more-like-this over the text), in force or published, not the article itself. */
    @PreAuthorize("isAuthenticated()")
    public List<SearchResult.Hit> related(String id, int limit) {
        return withSearcher(searcher -> {
            ScoreDoc[] self = searcher.search(new TermQuery(new Term(RegulationIndex.ID, id)), 1).scoreDocs;
            if (self.length == 0) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(index.analyzer());
            like.setFieldNames(new String[] {RegulationIndex.TEXT});
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMinWordLen(2);
            like.setMaxQueryTerms(30);
            String text = searcher.storedFields().document(self[0].doc).get(RegulationIndex.TEXT);
            Query query = new BooleanQuery.Builder()
                    .add(like.like(RegulationIndex.TEXT, new java.io.StringReader(text)), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(RegulationIndex.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            long ownGroup = new HitValues(searcher, self).numbers(RegulationIndex.GROUP)[0];
            ScoreDoc[] found = searcher.inForce().search(query, limit * 3 + 5).scoreDocs;
            long[] groups = new HitValues(searcher, found).numbers(RegulationIndex.GROUP);
            Set<Long> seen = new HashSet<>(Set.of(ownGroup));
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (int i = 0; i < found.length && hits.size() < limit; i++) {
                if (seen.add(groups[i])) {
                    hits.add(hit(searcher, found[i], ""));
                }
            }
            return hits;
        });
    }

    private interface SearcherWork<T> {
        T apply(RegulationSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            RegulationSearcher searcher = index.acquire();
            try {
                similarity(searcher);
                return work.apply(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public SearchResult search(SearchQuery search) {
        String text = search.text() == null ? "" : search.text().strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        if (text.isEmpty()) {
            return new SearchResult(0, List.of(), Map.of());
        }
        String query = text;
        return withSearcher(searcher -> search(scope(searcher, search), search, query));
    }

    /** The whole index, or (by default) the law in force and the published knowledge articles. */
    private static IndexSearcher scope(RegulationSearcher searcher, SearchQuery search) {
        return search.allVersions() ? searcher : searcher.inForce();
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery search, String text) throws IOException {
        TextTerms terms = textTerms(text, searcher.getIndexReader());
        Query query = query(terms, search);
        TopDocs top = searcher.search(query, depth(search));
        HitValues values = new HitValues(searcher, top.scoreDocs);
        List<ScoreDoc> page = page(values, top, search, terms.citesAnArticle());
        List<String> marked = terms.marked();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc scored : page) {
            Document doc = searcher.storedFields().document(scored.doc);
            hits.add(hit(doc, scored, Snippets.of(doc.get(RegulationIndex.TEXT), marked, SNIPPET_PASSAGES)));
        }
        return new SearchResult(top.totalHits.value(), hits, facets(values));
    }

    /** The ranking alone, without snippets or facets: for evaluations of many queries. */
    List<SearchResult.Hit> rank(SearchQuery search) {
        return withSearcher(whole -> {
            IndexSearcher searcher = scope(whole, search);
            List<SearchResult.Hit> hits = new ArrayList<>();
            TextTerms terms = textTerms(search.text().strip(), searcher.getIndexReader());
            TopDocs top = searcher.search(query(terms, search), depth(search));
            for (ScoreDoc doc : page(new HitValues(searcher, top.scoreDocs), top, search, terms.citesAnArticle())) {
                hits.add(hit(searcher, doc, ""));
            }
            return hits;
        });
    }

    private void similarity(IndexSearcher searcher) {
        Weights w = weights;
        if (!(searcher.getSimilarity() instanceof BM25Similarity bm25) || bm25.getK1() != w.k1() || bm25.getB() != w.b()) {
            searcher.setSimilarity(new BM25Similarity(w.k1(), w.b()));
        }
    }

    /**
     * How many hits the ranking reads for a page: ten for each hit up to the page's end, so that the
     * law vote and the asked-about articles can lift an article from well below the page (reading
     * three a hit instead cost 0.01 of R@100, docs/search-quality.md).
     */
    private int depth(SearchQuery search) {
        return Math.max((search.offset() + search.limit()) * CANDIDATES_PER_HIT, weights.voteDepth());
    }

    /** The page's hits, after the rerank and one per article; {@code values} are those of {@code top}'s hits. */
    private List<ScoreDoc> page(HitValues values, TopDocs top, SearchQuery search, boolean citesAnArticle) throws IOException {
        long[] groups = values.numbers(RegulationIndex.GROUP);
        Ranked ranked = citesAnArticle ? new Ranked(top.scoreDocs, groups) : rerank(values, top.scoreDocs, groups);
        List<ScoreDoc> distinct = collapse(ranked, search.offset() + search.limit());
        return distinct.subList(Math.min(search.offset(), distinct.size()), distinct.size());
    }

    private static SearchResult.Hit hit(IndexSearcher searcher, ScoreDoc scored, String snippet) throws IOException {
        return hit(searcher.storedFields().document(scored.doc), scored, snippet);
    }

    private static SearchResult.Hit hit(Document doc, ScoreDoc scored, String snippet) {
        String kind = doc.get(RegulationIndex.KIND);
        String number = doc.get(RegulationIndex.NUMBER);
        String law = doc.get(RegulationIndex.LAW);
        String title = RegulationIndex.KNOWLEDGE.equals(kind) ? doc.get(RegulationIndex.TITLE)
                : number.isEmpty() ? law : law + " " + number;
        return new SearchResult.Hit(doc.get(RegulationIndex.ID), kind, doc.get(RegulationIndex.REGULATION), law, number,
                title, snippet, scored.score, doc.get(RegulationIndex.STATUS), doc.get(RegulationIndex.VERSION_DATE));
    }

    /**
     * Lets the laws vote: a law whose articles match the question well is likely the one it is
     * about, so each article gains in proportion to how well its law's best articles match. The
     * articles people ask about most ({@link AskedArticles}) gain a little too, and articles of laws
     * (法律) count a little more than those of regulations and interpretations. Not for a query that
     * cites an article: the citation decides, and the cited law's other articles must not crowd out
     * the knowledge articles that explain the cited one.
     */
    private Ranked rerank(HitValues values, ScoreDoc[] docs, long[] groups) throws IOException {
        if (docs.length == 0 || weights.lawVote() == 0 && weights.lawLevel() == 0 && weights.asked() == 0) {
            return new Ranked(docs, groups);
        }
        long[] laws = values.numbers(RegulationIndex.LAW_KEY);
        String[] levels = weights.lawLevel() == 0 ? null : values.texts(RegulationIndex.LEVEL);
        Map<Long, float[]> best = new java.util.HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            float[] scores = best.computeIfAbsent(laws[i], law -> new float[weights.votesPerLaw()]);
            insert(scores, docs[i].score);
        }
        Map<Long, Float> votes = new java.util.HashMap<>();
        float strongest = 0;
        for (var entry : best.entrySet()) {
            float sum = 0;
            for (float score : entry.getValue()) {
                sum += score;
            }
            votes.put(entry.getKey(), sum);
            strongest = Math.max(strongest, sum);
        }
        float top = docs[0].score;
        float[] scores = new float[docs.length];
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            float vote = strongest == 0 ? 0 : votes.get(laws[i]) / strongest;
            float level = levels != null && RegulationLevel.LAW.name().equals(levels[i]) ? 1 + weights.lawLevel() : 1;
            float popular = weights.asked() * top * asked.share(groups[i]);
            scores[i] = (docs[i].score + weights.lawVote() * top * vote + popular) * level;
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        ScoreDoc[] reranked = new ScoreDoc[docs.length];
        long[] rerankedGroups = new long[docs.length];
        for (int i = 0; i < order.length; i++) {
            reranked[i] = new ScoreDoc(docs[order[i]].doc, scores[order[i]]);
            rerankedGroups[i] = groups[order[i]];
        }
        return new Ranked(reranked, rerankedGroups);
    }

    /** Hits in the order of their ranking, each with its group (one article across versions). */
    private record Ranked(ScoreDoc[] docs, long[] groups) {
    }

    /** Keeps the largest scores in {@code scores} (descending), inserting {@code score}. */
    private static void insert(float[] scores, float score) {
        for (int i = 0; i < scores.length; i++) {
            if (score > scores[i]) {
                System.arraycopy(scores, i, scores, i + 1, scores.length - i - 1);
                scores[i] = score;
                return;
            }
        }
    }

    /** The terms a query looks for in the text: its own (without question words) and the legal terms for its everyday words. */
    record TextTerms(List<String> own, List<String> expansions, Optional<CitationResolver.Citation> citation) {

        boolean citesAnArticle() {
            return citation.map(cited -> cited.law() != null && cited.number() != null).orElse(false);
        }

        /** What a snippet marks: the bigrams (and, in a short query, the single characters) that score. */
        List<String> marked() {
            List<String> bigrams = own.stream().filter(RegulationSearch::isBigram).toList();
            List<String> marked = new ArrayList<>(bigrams.size() >= SHORT_QUERY_BIGRAMS ? bigrams : own);
            expansions.stream().filter(RegulationSearch::isBigram).forEach(marked::add);
            return marked;
        }
    }

    TextTerms textTerms(String text, IndexReader reader) throws IOException {
        Weights w = weights;
        QueryRewriter.Rewritten rewritten = rewriter.rewrite(text);
        List<String> own = rarest(terms(w.dropQuestionWords() && !rewritten.text().isBlank() ? rewritten.text() : text),
                w.maxTerms(), reader);
        List<String> expansions = w.vocabulary() > 0 && !rewritten.expansions().isEmpty()
                ? terms(String.join(" ", rewritten.expansions())) : List.of();
        return new TextTerms(own, expansions, citations.find(text));
    }

    private Query query(TextTerms textTerms, SearchQuery search) {
        Weights w = weights;
        List<String> terms = textTerms.own();
        BooleanQuery.Builder scored = new BooleanQuery.Builder();
        addTerms(scored, RegulationIndex.TEXT, textTerms.expansions(), 0f, w.vocabulary());
        addTerms(scored, RegulationIndex.TEXT, terms, w.unigram(), 1f);
        addTerms(scored, RegulationIndex.LAW, terms, w.unigram(), w.lawTitle());
        textTerms.citation().ifPresent(cited -> {
            if (cited.law() != null) {
                Query law = new TermQuery(new Term(RegulationIndex.LAW_KEY, cited.law().shortTitle()));
                scored.add(new BoostQuery(law, CITED_LAW), BooleanClause.Occur.SHOULD);
                if (cited.number() != null) {
                    Query article = new BooleanQuery.Builder()
                            .add(law, BooleanClause.Occur.FILTER)
                            .add(IntField.newExactQuery(RegulationIndex.NUMBER_VALUE, cited.number().value()), BooleanClause.Occur.FILTER)
                            .add(IntField.newExactQuery(RegulationIndex.NUMBER_SUFFIX, cited.number().suffix()), BooleanClause.Occur.FILTER)
                            .build();
                    scored.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(article), CITED), BooleanClause.Occur.SHOULD);
                    Query explained = new TermQuery(new Term(RegulationIndex.CITES, CitationKeys.of(cited.law().shortTitle(),
                            cited.number())));
                    scored.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(explained), CITED / 10),
                            BooleanClause.Occur.SHOULD);
                }
            }
        });
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(scored.build(), BooleanClause.Occur.MUST);
        if (search.level() != null) {
            query.add(new TermQuery(new Term(RegulationIndex.LEVEL, search.level().name())), BooleanClause.Occur.FILTER);
        }
        if (search.topic() != null) {
            query.add(new TermQuery(new Term(RegulationIndex.TOPIC, search.topic().name())), BooleanClause.Occur.FILTER);
        }
        if (search.authority() != null) {
            query.add(new TermQuery(new Term(RegulationIndex.AUTHORITY, search.authority())), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The {@code max} rarest bigrams of a long question (in their order), and its single characters:
     * the common bigrams of a 60-character question match half the index and say little.
     */
    private static List<String> rarest(List<String> terms, int max, IndexReader reader) throws IOException {
        List<String> bigrams = terms.stream().filter(RegulationSearch::isBigram).toList();
        if (max <= 0 || bigrams.size() <= max) {
            return terms;
        }
        Map<String, Integer> frequency = new java.util.HashMap<>();
        for (String bigram : bigrams) {
            frequency.put(bigram, reader.docFreq(new Term(RegulationIndex.TEXT, bigram)));
        }
        Set<String> kept = new HashSet<>(bigrams.stream().sorted(java.util.Comparator.comparingInt(frequency::get)).limit(max).toList());
        return terms.stream().filter(term -> !isBigram(term) || kept.contains(term)).toList();
    }

    /** Whether the analysis made {@code term} of two or more characters (a bigram, or a Latin word or number). */
    private static boolean isBigram(String term) {
        return term.codePointCount(0, term.length()) > 1;
    }

    /** For evaluations: try other weights. */
    void weights(Weights weights) {
        this.weights = weights;
    }

    /** The distinct terms the analysis makes of {@code text}, in order. */
    List<String> terms(String text) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        try (TokenStream tokens = index.analyzer().tokenStream(RegulationIndex.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /**
     * Scores by every term that matches in {@code field}, at {@code boost}: bigrams fully, single
     * characters a little ({@code unigram}). Single characters only keep short queries from missing;
     * in a longer question the bigrams carry it, and leaving the characters out lets Lucene skip most
     * of the index. Each term is a clause of the query itself, not of a nested disjunction per field:
     * so Lucene's MaxScore knows each term's best score and skips the documents that only common
     * terms match (with a disjunction per field it walked every document any term matched).
     */
    private static void addTerms(BooleanQuery.Builder query, String field, List<String> terms, float unigram, float boost) {
        if (boost <= 0) {
            return;
        }
        float characters = terms.stream().filter(RegulationSearch::isBigram).count() >= SHORT_QUERY_BIGRAMS ? 0 : unigram;
        for (String term : terms) {
            float weight = boost * (!isBigram(term) && Character.isIdeographic(term.codePointAt(0)) ? characters : 1f);
            if (weight > 0) {
                Query clause = new TermQuery(new Term(field, term));
                query.add(weight == 1f ? clause : new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /** The first {@code wanted} hits, one per article (law and number) across versions. */
    private static List<ScoreDoc> collapse(Ranked ranked, int wanted) {
        Set<Long> seen = new HashSet<>();
        List<ScoreDoc> distinct = new ArrayList<>();
        for (int i = 0; i < ranked.docs().length && distinct.size() < wanted; i++) {
            if (seen.add(ranked.groups()[i])) {
                distinct.add(ranked.docs()[i]);
            }
        }
        return distinct;
    }


    /**
     * Counts per level and status among the best matches (the hits read for ranking, not every
     * document that shares a character with the question: counting all of them would cost a full
     * pass over the index on every search).
     */
    private static Map<String, Map<String, Long>> facets(HitValues best) throws IOException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String dimension : List.of(RegulationIndex.LEVEL, RegulationIndex.STATUS, RegulationIndex.AUTHORITY)) {
            Map<String, Long> values = new java.util.TreeMap<>();
            for (String value : best.texts(dimension)) {
                if (!value.isEmpty()) {
                    values.merge(value, 1L, Long::sum);
                }
            }
            counts.put(dimension, values);
        }
        counts.put(RegulationIndex.TOPIC, best.counts(RegulationIndex.TOPIC));
        return counts;
    }
}
