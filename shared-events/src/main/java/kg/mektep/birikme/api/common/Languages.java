package kg.mektep.birikme.api.common;

import java.util.List;
import java.util.Locale;

/**
 * The languages the service answers in: Kyrgyz, Russian and English. An {@code Accept-Language}
 * header chooses among them by its weights; a header naming none of them, or one that cannot be
 * read, gets Kyrgyz, whatever the server's own locale.
 */
public final class Languages {

    public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
    public static final List<Locale> SPOKEN = List.of(KYRGYZ, Locale.forLanguageTag("ru"), Locale.ENGLISH);

    private Languages() {
    }

    /** The language to answer a request with the given {@code Accept-Language} header (null when absent). */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return KYRGYZ;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return chosen == null ? KYRGYZ : chosen;
        } catch (IllegalArgumentException unreadable) {
            return KYRGYZ;
        }
    }
}
