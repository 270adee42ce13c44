package org.wanqi.regulation;

/**
 * Chinese numerals as article numbers are written: 十, 十二, 一百零八, 一千二百六十, 两百 — and
 * Arabic digits, which people type for the same thing.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code text} (Chinese numerals or Arabic digits), or -1 when it is not a number. */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 6 ? -1 : Integer.parseInt(text);
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = digit(c);
            if (value >= 0) {
                if (digit >= 0 && value != 0 && digit != 0) {
                    return -1;
                }
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10_000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '〇') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }

    /** How a statute writes {@code n} (1 ≤ n < 10,000): 十, 十二, 一百一十, 一千零五. */
    public static String format(int n) {
        if (n <= 0 || n >= 10_000) {
            throw new IllegalArgumentException("Out of range: " + n);
        }
        StringBuilder out = new StringBuilder();
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(d == 1 && units[i] == 10 && out.length() == 0)) {
                out.append(DIGITS.charAt(d));
            }
            out.append(names[i]);
        }
        return out.toString();
    }
}
