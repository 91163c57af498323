package kg.mektep.birikme.api.timeline;

/** How a teacher takes part in an entry of their timeline: acted, is named by it, or both. */
public enum Involvement {
    ACTOR,
    SUBJECT,
    ACTOR_AND_SUBJECT
}
