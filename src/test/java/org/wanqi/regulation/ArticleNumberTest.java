package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "一, 1", "十, 10", "十二, 12", "二十, 20", "一百, 100", "一百零八, 108", "一百一十, 110", "一百二十, 120",
            "二百零五, 205", "两百, 200", "一千, 1000", "一千零五, 1005", "一千零一十, 1010", "一千二百六十, 1260",
            "九百九十九, 999", "108, 108", "0079, 79", "一万零一, 10001"})
    void chineseNumeralsAndDigitsParse(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"条", "一二", "十x", "''"})
    void whatIsNoNumberIsMinusOne(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"1, 一", "10, 十", "12, 十二", "20, 二十", "108, 一百零八", "110, 一百一十", "120, 一百二十",
            "1005, 一千零五", "1010, 一千零一十", "1260, 一千二百六十", "999, 九百九十九"})
    void numbersAreWrittenAsStatutesWriteThem(int value, String text) {
        assertThat(ChineseNumerals.format(value)).isEqualTo(text);
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} → {1}/{2}")
    @CsvSource({
            "第一条, 1, 0", "第十条, 10, 0", "第一百零八条, 108, 0", "第一百二十条之一, 120, 1", "第一千二百六十条, 1260, 0",
            "第108条, 108, 0", "108条, 108, 0", "第 79 条, 79, 0", "第二百六十条之二, 260, 2", "一百零八条, 108, 0"})
    void articleNumbersParseWithTheirSuffix(String text, int value, int suffix) {
        assertThat(ArticleNumber.parse(text)).contains(new ArticleNumber(value, suffix));
    }

    @ParameterizedTest
    @CsvSource({"第一章", "第条", "附则", "''"})
    void whatIsNoArticleNumberIsEmpty(String text) {
        assertThat(ArticleNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"120, 1, 第一百二十条之一", "108, 0, 第一百零八条", "1260, 0, 第一千二百六十条", "10, 0, 第十条"})
    void articleNumbersAreWrittenBack(int value, int suffix, String written) {
        assertThat(new ArticleNumber(value, suffix).written()).isEqualTo(written);
    }
}
