package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class RegulationSearcherTest {

    private static Document doc(String id, String status, String text) {
        Document doc = new Document();
        doc.add(new StringField(RegulationIndex.ID, id, Field.Store.YES));
        doc.add(new StringField(RegulationIndex.STATUS, status, Field.Store.YES));
        doc.add(new TextField(RegulationIndex.TEXT, text, Field.Store.YES));
        return doc;
    }

    @Test
    void theInForceViewHoldsTheLawInForceAndPublishedArticlesWithTheWholeIndexsScores() throws Exception {
        try (var directory = new ByteBuffersDirectory();
             var writer = new IndexWriter(directory, new IndexWriterConfig(new LegalAnalyzer()))) {
            writer.addDocument(doc("current", "CURRENT", "排放大气污染物的企业应当"));
            writer.addDocument(doc("amended", "AMENDED", "排放大气污染物的企业事业单位"));
            writer.addDocument(doc("repealed", "REPEALED", "大气污染物排放标准"));
            writer.addDocument(doc("knowledge", RegulationIndex.PUBLISHED, "企业排放大气污染物须知"));
            writer.addDocument(doc("deleted", "CURRENT", "大气污染物"));
            writer.commit();
            writer.deleteDocuments(new Term(RegulationIndex.ID, "deleted"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                RegulationSearcher searcher = new RegulationSearcher(reader);
                Query question = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(RegulationIndex.TEXT, "大气")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(RegulationIndex.TEXT, "企业")), BooleanClause.Occur.SHOULD)
                        .build();
                Query filtered = new BooleanQuery.Builder()
                        .add(question, BooleanClause.Occur.MUST)
                        .add(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(RegulationIndex.STATUS, "CURRENT")), BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term(RegulationIndex.STATUS, RegulationIndex.PUBLISHED)), BooleanClause.Occur.SHOULD)
                                .build(), BooleanClause.Occur.FILTER)
                        .build();

                ScoreDoc[] inForce = searcher.inForce().search(question, 10).scoreDocs;
                ScoreDoc[] withFilter = searcher.search(filtered, 10).scoreDocs;

                assertThat(ids(searcher, inForce)).containsExactlyInAnyOrder("current", "knowledge");
                assertThat(inForce).usingRecursiveFieldByFieldElementComparator().containsExactly(withFilter);
                assertThat(searcher.inForce().count(new MatchAllDocsQuery())).isEqualTo(2);
                assertThat(searcher.count(new MatchAllDocsQuery())).isEqualTo(4);
            }
        }
    }

    private static String[] ids(RegulationSearcher searcher, ScoreDoc[] hits) {
        return Arrays.stream(hits).map(hit -> {
            try {
                return searcher.storedFields().document(hit.doc).get(RegulationIndex.ID);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toArray(String[]::new);
    }
}
