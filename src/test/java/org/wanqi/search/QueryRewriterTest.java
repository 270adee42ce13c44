package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question loses its question words and gains the statutes' words for its everyday ones. */
class QueryRewriterTest {

    private final QueryRewriter rewriter = new QueryRewriter();

    @Test
    void questionWordsAreTakenOut() {
        assertThat(rewriter.rewrite("车间废气没有收集怎么办").text()).isEqualTo("车间废气没有收集");
    }

    @Test
    void handWrittenVocabularyAddsTheLegalTerms() {
        assertThat(rewriter.rewrite("老板拖欠工资").expansions()).contains("用人单位", "劳动报酬");
    }

    @Test
    void learnedTermsAreCappedAndNeverRepeatTheQuestion() {
        String question = "对方在我家院墙边上盖房子还把我家的院子里的树砍了，我可以要求他赔偿损失并恢复原状吗"; // no hand-written word in it
        QueryRewriter.Rewritten rewritten = rewriter.rewrite(question);

        assertThat(rewritten.expansions()).as("a long question has more candidates than the cap").hasSize(QueryRewriter.MAX_LEARNED_TERMS)
                .allSatisfy(term -> assertThat(question).doesNotContain(term));
    }
}
