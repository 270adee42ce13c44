package org.wanqi.regulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The difference of two texts line by line (longest common subsequence), as people read a revision's changes. */
public final class LineDiff {

    /** One line of the difference. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { SAME, ADDED, REMOVED }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(line -> lines.add(new Line(Kind.REMOVED, line)));
        b.subList(j, b.size()).forEach(line -> lines.add(new Line(Kind.ADDED, line)));
        return lines;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? Collections.emptyList() : List.of(text.split("\\R", -1));
    }
}
