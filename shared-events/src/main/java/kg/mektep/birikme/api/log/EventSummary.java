package kg.mektep.birikme.api.log;

/** The one-line account of an event in Kyrgyz, Russian and English. */
public record EventSummary(String ky, String ru, String en) {
}
