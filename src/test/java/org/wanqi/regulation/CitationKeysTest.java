package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeysTest {

    @ParameterizedTest
    @CsvSource({
            "《固体废物污染环境防治法》第七十九条, 固体废物污染环境防治法#79#0",
            "《中华人民共和国大气污染防治法》第一百零八条, 大气污染防治法#108#0",
            "中华人民共和国刑法第一百二十条之一, 刑法#120#1",
            "《排污许可管理条例》 第19条, 排污许可管理条例#19#0"
    })
    void aWrittenCitationHasOneKeyWhateverTheForm(String citation, String key) {
        assertThat(CitationKeys.of(citation)).contains(key);
    }

    @ParameterizedTest
    @CsvSource({"第七十九条", "《固体废物污染环境防治法》", "随便写的", "''"})
    void whatNamesNoArticleHasNoKey(String citation) {
        assertThat(CitationKeys.of(citation)).isEmpty();
    }
}
