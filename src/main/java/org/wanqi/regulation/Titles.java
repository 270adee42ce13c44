package org.wanqi.regulation;

/** How regulation titles are compared: without 中华人民共和国, 《》, brackets' width or spaces. */
public final class Titles {

    private Titles() {
    }

    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        return title.replace("中华人民共和国", "").replace("《", "").replace("》", "")
                .replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
    }
}
