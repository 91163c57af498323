package kg.mektep.birikme.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    record Inner(String zeta, Integer alpha) {
    }

    record Outer(List<Inner> items, Role role, LocalDate day, boolean flag, String text) {
    }

    @Test
    void keysAreSortedAndThereIsNoWhiteSpace() {
        Outer value = new Outer(List.of(new Inner("ң", 1)), Role.CHAIR, LocalDate.of(2026, 9, 1), true, "ө");
        assertThat(CanonicalJson.of(value)).isEqualTo(
                "{\"day\":\"2026-09-01\",\"flag\":true,\"items\":[{\"alpha\":1,\"zeta\":\"ң\"}],\"role\":\"CHAIR\",\"text\":\"ө\"}");
    }

    @Test
    void stringsAreEscapedMinimallyAsRfc8785Says() {
        assertThat(CanonicalJson.of(new Inner("a\"b\\c\nd\u0001ү", null)))
                .isEqualTo("{\"alpha\":null,\"zeta\":\"a\\\"b\\\\c\\nd\\u0001ү\"}");
    }

    @Test
    void onlyControlCharactersAreEscapedNotTheSpace() {
        assertThat(CanonicalJson.of(new Inner("Ай гүл\u001f", null))).isEqualTo("{\"alpha\":null,\"zeta\":\"Ай гүл\\u001f\"}");
    }

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        // Computed outside Java: echo -n '{"alpha":2,"zeta":"ү"}' | sha256sum
        assertThat(CanonicalJson.sha256(new Inner("ү", 2)))
                .isEqualTo(Sha256.hex("{\"alpha\":2,\"zeta\":\"ү\"}"))
                .isEqualTo("ace2d0ea049356bbae49d655bc7bc5097abba36abb398686bf26f176e8f34d80");
    }

    @Test
    void equalContentHashesEquallyAndAnyChangeChangesTheHash() {
        assertThat(CanonicalJson.sha256(new Inner("а", 1))).isEqualTo(CanonicalJson.sha256(new Inner("а", 1)))
                .isNotEqualTo(CanonicalJson.sha256(new Inner("а", 2)));
        assertThat(CanonicalJson.of(Arrays.asList("x", null))).isEqualTo("[\"x\",null]");
    }
}
