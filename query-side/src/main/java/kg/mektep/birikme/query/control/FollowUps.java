package kg.mektep.birikme.query.control;

/**
 * R18 (clause 9): a control visit sets the day its findings are checked again, and the record knows no
 * other way of checking again than another visit. So a follow-up is checked by the first later visit to
 * the same association on the same topic; until then it is due, and overdue once its day has passed.
 * The control read and the timelines' overdue list both judge it by this one expression.
 */
public final class FollowUps {

    /** The visit that checked the follow-up of the control visit aliased {@code v}, or null. */
    public static final String CHECKED_BY = """
            (SELECT later.visit_id FROM rm_control_visit later
             WHERE later.association_id = v.association_id AND later.topic = v.topic AND later.date > v.date
             ORDER BY later.date, later.visit_id LIMIT 1)""";

    private FollowUps() {
    }
}
