package org.wanqi.base;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y} — registration authority (1), entity category (1), the
 * administrative division code (6 digits), the organisation code (9) and a check character.
 * {@link #parse} refuses a wrong length, a character not allowed where it stands, and a wrong
 * check character, saying which position is wrong.
 */
public record Uscc(String value) {

    /** The 31 characters a code may use; a character's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    public Uscc {
        parseOrThrow(value);
    }

    /** Reads a code typed by a person: surrounding spaces are dropped and letters upper-cased. */
    public static Uscc parse(String text) {
        return new Uscc(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    }

    private static void parseOrThrow(String value) {
        if (value == null || value.length() != LENGTH) {
            throw new DomainException("uscc.error.length", value == null ? 0 : value.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw new DomainException("uscc.error.character", i + 1, String.valueOf(c));
            }
            if (i >= 2 && i < 8 && !Character.isDigit(c)) {
                throw new DomainException("uscc.error.region-digit", i + 1, String.valueOf(c));
            }
        }
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            throw new DomainException("uscc.error.check", String.valueOf(value.charAt(LENGTH - 1)), String.valueOf(expected));
        }
    }

    /** The check character of the first 17 characters (GB 32100-2015, modulus 31). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The six-digit administrative division code inside the USCC (positions 3–8). */
    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
