package kg.mektep.birikme.api.meeting;

/** What was heard (угулду): who spoke and on what. */
public record Heard(String speaker, String subject) {
}
