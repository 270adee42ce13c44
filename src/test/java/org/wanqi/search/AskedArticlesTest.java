package org.wanqi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AskedArticlesTest {

    private static long key(String group) {
        return RegulationIndex.key(group);
    }

    @Test
    void theMostAskedArticleCountsOneAnArticleNotAskedAboutNothingAndTheRestOnALogScale() {
        AskedArticles asked = new AskedArticles(Map.of("劳动合同法#第七条", 15, "民法典#第五百七十七条", 3, "刑法#第三条", 2));
        assertThat(asked.share(key("劳动合同法#第七条"))).isEqualTo(1f);
        assertThat(asked.share(key("民法典#第五百七十七条"))).isCloseTo((float) (Math.log(4) / Math.log(16)), within(1e-6f));
        assertThat(asked.share(key("刑法#第三条"))).isPositive().isLessThan(asked.share(key("民法典#第五百七十七条")));
        assertThat(asked.share(key("劳动合同法#第九十八条"))).isZero();
        assertThat(asked.share(key(""))).isZero();
    }

    @Test
    void theLearnedListNamesArticlesAsTheIndexGroupsThem() {
        AskedArticles shipped = new AskedArticles();
        // the index's group: the short title (without 中华人民共和国) # the number as written
        assertThat(shipped.share(key(RegulationIndex.group("劳动合同法", "第七条")))).isPositive();
        assertThat(shipped.share(key("中华人民共和国劳动合同法#第七条"))).isZero();
    }
}
