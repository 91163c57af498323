package kg.mektep.birikme.query.history;

import kg.mektep.birikme.api.log.EventSummary;
import kg.mektep.birikme.query.log.EventSummaries;
import org.springframework.stereotype.Component;

/** A step's description: the event log's one-line summary of the event, in the reader's language. */
@Component
class EventDescriptions {

    private final EventSummaries summaries;

    EventDescriptions(EventSummaries summaries) {
        this.summaries = summaries;
    }

    String describe(Object event, String language) {
        EventSummary summary = summaries.summarise(event);
        return switch (language) {
            case "ru" -> summary.ru();
            case "en" -> summary.en();
            default -> summary.ky();
        };
    }
}
