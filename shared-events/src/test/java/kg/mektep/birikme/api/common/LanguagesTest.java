package kg.mektep.birikme.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void theHeaderChoosesAmongKyrgyzRussianAndEnglishByItsWeights() {
        assertThat(Languages.of("ru-RU,ru;q=0.9")).isEqualTo(RUSSIAN);
        assertThat(Languages.of("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of("ky-KG")).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("de;q=1, en;q=0.5, ru;q=0.8")).isEqualTo(RUSSIAN);
    }

    @Test
    void noHeaderAnotherLanguageOrAnUnreadableHeaderGetsKyrgyz() {
        assertThat(Languages.of(null)).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("")).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("de-DE")).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("*")).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("xx-!!;q=abc")).isEqualTo(Languages.KYRGYZ);
        assertThat(Languages.of("ңөү")).isEqualTo(Languages.KYRGYZ);
    }
}
