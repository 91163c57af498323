package kg.mektep.birikme.api.timeline;

/**
 * The timeline of a school, association or teacher ({@code id}; the school's own id for its
 * timeline) for the school year starting in {@code schoolYear}, or the current one when null;
 * entries after the one at global position {@code cursor} (none: from the start), at most
 * {@code limit}; texts in {@code language} (ky, ru or en). Answered with an optional {@link Timeline},
 * empty when the association or teacher is not of that school.
 */
public record FindTimelineQuery(String schoolId, TimelineScope scope, String id, Integer schoolYear, Long cursor,
                                int limit, String language) {
}
