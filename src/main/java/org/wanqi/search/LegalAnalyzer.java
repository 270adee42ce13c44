package org.wanqi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese legal text as overlapping character bigrams plus the single characters (大气污染 →
 * 大, 大气, 气, 气污, 污, 污染, 染): bigrams rank, single characters keep one- and two-character
 * queries from missing. Full-width forms fold to half-width, Latin letters to lower case.
 *
 * <p>{@link #VERSION} names this analysis and the index layout: an index built with another is rebuilt.
 */
final class LegalAnalyzer extends Analyzer {

    static final String VERSION = "cjk-uni-bigram-8";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(source, stream);
    }
}
