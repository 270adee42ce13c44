package org.wanqi.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsRemovedAndAddedLinesInPlace() {
        List<LineDiff.Line> diff = LineDiff.of("标题\n第一段\n第二段\n结尾", "标题\n第一段（改）\n第二段\n新增\n结尾");
        assertThat(diff).containsExactly(
                new LineDiff.Line(LineDiff.Kind.SAME, "标题"),
                new LineDiff.Line(LineDiff.Kind.REMOVED, "第一段"),
                new LineDiff.Line(LineDiff.Kind.ADDED, "第一段（改）"),
                new LineDiff.Line(LineDiff.Kind.SAME, "第二段"),
                new LineDiff.Line(LineDiff.Kind.ADDED, "新增"),
                new LineDiff.Line(LineDiff.Kind.SAME, "结尾"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertThat(LineDiff.of("", "a\nb")).extracting(LineDiff.Line::kind).containsOnly(LineDiff.Kind.ADDED).hasSize(2);
        assertThat(LineDiff.of("a", "a")).extracting(LineDiff.Line::kind).containsExactly(LineDiff.Kind.SAME);
    }
}
