package org.wanqi.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    /** Codes in the published format (check characters computed by GB 32100-2015, independently of Uscc). */
    @ParameterizedTest
    @ValueSource(strings = {"91130921MA00000156", "91130982MA0000023C", "91350100M000100Y43", "11100000000013127D"})
    void validCodesAreAccepted(String code) {
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
    }

    @Test
    void surroundingSpacesAndLowerCaseAreForgiven() {
        assertThat(Uscc.parse("  91130982ma0000023c ").value()).isEqualTo("91130982MA0000023C");
        assertThat(Uscc.parse("91130982MA0000023C").regionCode()).isEqualTo("130982");
    }

    private static DomainException refusal(String code) {
        try {
            Uscc.parse(code);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError(code + " was accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9113092", "91130921MA0000015", "91130921MA000001567"})
    void aWrongLengthSaysHowLongItIs(String code) {
        DomainException e = refusal(code);
        assertThat(e.messageKey()).isEqualTo("uscc.error.length");
        assertThat(e.args()).containsExactly(code.length());
    }

    @Test
    void nullIsAWrongLength() {
        assertThat(refusal(null).messageKey()).isEqualTo("uscc.error.length");
    }

    @Test
    void lettersNeverUsedInCodesArePinpointed() {
        for (char forbidden : List.of('I', 'O', 'Z', 'S', 'V', '-', '$', '中').stream().map(c -> (char) c).toList()) {
            DomainException e = refusal("91130921MA0000" + forbidden + "156");
            assertThat(e.messageKey()).as("character %s", forbidden).isEqualTo("uscc.error.character");
            assertThat(e.args()).containsExactly(15, String.valueOf(forbidden));
        }
    }

    @Test
    void theRegionPartMustBeDigits() {
        DomainException e = refusal("9113A921MA00000156");
        assertThat(e.messageKey()).isEqualTo("uscc.error.region-digit");
        assertThat(e.args()).containsExactly(5, "A");
    }

    @Test
    void everySingleCharacterTypoIsCaughtByTheCheckCharacter() {
        String valid = "91130921MA00000156";
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int caught = 0;
        for (int position = 0; position < 17; position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement == valid.charAt(position) || (position >= 2 && position < 8 && !Character.isDigit(replacement))) {
                    continue;
                }
                String typo = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThat(refusal(typo).messageKey()).as(typo).isEqualTo("uscc.error.check");
                caught++;
            }
        }
        assertThat(caught).as("11 free positions x 30 + 6 region digits x 9").isEqualTo(384);
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOne() {
        DomainException e = refusal("91130921MA00000157");
        assertThat(e.messageKey()).isEqualTo("uscc.error.check");
        assertThat(e.args()).containsExactly("7", "6");
    }

    @Test
    void swappedNeighboursAreCaught() {
        assertThat(refusal("91130921AM00000156").messageKey()).isEqualTo("uscc.error.check");
    }
}
