package kg.mektep.birikme.query.timeline;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kg.mektep.birikme.api.timeline.OverdueItem;
import kg.mektep.birikme.api.timeline.TimelineScope;
import kg.mektep.birikme.query.log.EventSummaries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every source's overdue items that concern the timeline's school, association or teacher (a teacher:
 * the items naming them responsible), the longest overdue first, each told in the reader's language.
 */
@Component
class OverdueItems {

    private static final Comparator<Overdue> LONGEST_OVERDUE_FIRST = Comparator.comparing(Overdue::due)
            .thenComparing(Overdue::kind)
            .thenComparing(Overdue::associationName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(overdue -> overdue.words().toString());

    private final List<OverdueSource> sources;
    private final MessageSource messages;

    OverdueItems(List<OverdueSource> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    List<OverdueItem> of(TimelineScope scope, String id, OverdueScope school, Locale language) {
        return sources.stream()
                .flatMap(source -> source.overdue(school).stream())
                .filter(overdue -> switch (scope) {
                    case SCHOOL -> true;
                    case ASSOCIATION -> id.equals(overdue.associationId());
                    case TEACHER -> overdue.responsibleIds().contains(id);
                })
                .sorted(LONGEST_OVERDUE_FIRST)
                .map(overdue -> new OverdueItem(overdue.kind(), what(overdue, language), overdue.due(),
                        ChronoUnit.DAYS.between(overdue.due(), school.today()), overdue.associationId(),
                        overdue.associationName(), overdue.links(), overdue.responsibleIds()))
                .toList();
    }

    private String what(Overdue overdue, Locale language) {
        List<Object> words = new ArrayList<>();
        words.add(overdue.associationName());
        for (Object word : overdue.words()) {
            words.add(word instanceof Enum<?> constant
                    ? messages.getMessage(EventSummaries.nameKey(constant), null, constant.name(), language) : word);
        }
        return messages.getMessage("timeline.overdue." + overdue.kind().name(), words.toArray(), language);
    }
}
