package kg.mektep.birikme.query.history;

import java.util.Map;

/** A one-line description of an event for a reader stepping through a history. */
interface EventDescriptions {

    String describe(Object event, Map<String, String> teacherNames);
}
