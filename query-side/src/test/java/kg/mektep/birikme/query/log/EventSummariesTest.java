package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.control.ControlTopic;
import kg.mektep.birikme.api.nomination.NominationDecidedEvent;
import kg.mektep.birikme.api.nomination.NominationOutcome;
import kg.mektep.birikme.api.log.EventSummary;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolRecordedEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import org.junit.jupiter.api.Test;

class EventSummariesTest {

    private final EventSummaries summaries = new EventSummaries();

    @Test
    void everyEventOfTheLanguageHasATemplateInKyrgyzRussianAndEnglish() throws Exception {
        List<Class<?>> events = eventsOfTheLanguage();
        assertThat(events).hasSizeGreaterThan(25);
        for (Class<?> event : events) {
            List<String> templates = new ArrayList<>();
            for (String language : List.of("ky", "ru", "en")) {
                String template = summaries.template(language, event.getSimpleName());
                assertThat(template).as(language + " " + event.getName()).isNotBlank();
                // A summary opens with words: a field first could make a spreadsheet read it as a formula.
                assertThat(template).as(language + " " + event.getName()).doesNotStartWith("{");
                assertEveryFieldExists(event, template, language);
                templates.add(template);
            }
            assertThat(templates).as(event.getName()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyEnumeratedValueAnEventHoldsHasANameInKyrgyzRussianAndEnglish() throws Exception {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Class<?> event : eventsOfTheLanguage()) {
            collectEnums(event, enums, new HashSet<>());
        }
        assertThat(enums).as("enumerated types in the events").contains(NominationOutcome.class, ControlTopic.class);
        List<String> unnamed = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                for (String language : List.of("ky", "ru", "en")) {
                    String name = summaries.nameOf(language, (Enum<?>) constant);
                    if (name == null || name.isBlank()) {
                        unnamed.add(language + " " + EventSummaries.nameKey((Enum<?>) constant));
                    }
                }
            }
        }
        assertThat(unnamed).as("enumerated values without a name").isEmpty();
    }

    @Test
    void anEnumeratedValueIsNamedInTheSummarysLanguage() {
        EventSummary decided = summaries.summarise(new NominationDecidedEvent("n-1", "s-1", "ma-1",
                NominationOutcome.GRANTED, "Райондук сынакка", "u-1"));
        assertThat(decided.ky()).isEqualTo("Сунуш боюнча чечим кабыл алынды: канааттандырылды; Райондук сынакка");
        assertThat(decided.ru()).isEqualTo("По представлению принято решение: удовлетворено; Райондук сынакка");
        assertThat(decided.en()).isEqualTo("Nomination decided: granted; Райондук сынакка");
        assertThat(decided.ky() + decided.ru() + decided.en()).doesNotContain("GRANTED");
    }

    private static void collectEnums(java.lang.reflect.Type type, Set<Class<?>> enums, Set<java.lang.reflect.Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                collectEnums(argument, enums, seen);
            }
        } else if (type instanceof Class<?> plain && plain.isEnum()) {
            enums.add(plain);
        } else if (type instanceof Class<?> plain && plain.isRecord()) {
            for (RecordComponent component : plain.getRecordComponents()) {
                collectEnums(component.getGenericType(), enums, seen);
            }
        }
    }

    @Test
    void theKnownEventTypesAreExactlyTheEventsOfTheLanguage() throws Exception {
        assertThat(summaries.eventTypes())
                .containsExactlyInAnyOrderElementsOf(eventsOfTheLanguage().stream().map(Class::getSimpleName).toList());
    }

    @Test
    void fieldsAreFilledByNameNestedFieldsByPathAndListsJoined() {
        EventSummary summary = summaries.summarise(new TeacherRegisteredEvent("t-1", "s-1", "Гүлнара Ңазарова",
                List.of("Химия", "Биология"), LocalDate.of(2024, 9, 2)));

        assertThat(summary.ky()).isEqualTo("Мугалим катталды: Гүлнара Ңазарова (Химия, Биология), "
                + "ишке кабыл алынган күнү 2024-09-02");
        assertThat(summary.ru()).startsWith("Зарегистрирован учитель: Гүлнара Ңазарова");
        assertThat(summary.en()).isEqualTo("Teacher registered: Гүлнара Ңазарова (Химия, Биология), hired on 2024-09-02");

        ProtocolContent content = new ProtocolContent(LocalDate.of(2026, 10, 5), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertThat(summaries.summarise(new ProtocolRecordedEvent("b-1", "s-1", "ma-1", 2026, 3, content, 4, true, "h"))
                .en()).isEqualTo("Protocol No. 3 recorded: meeting of 2026-10-05, school year 2026");
    }

    @Test
    void aMissingFieldLeavesNothingAndTextIsNeverAPattern() {
        EventSummary summary = summaries.summarise(new MemberRemovedEvent("ma-1", "s-1", "t-1", null));
        assertThat(summary.en()).isEqualTo("Member removed: teacher t-1; reason:");

        EventSummary quoted = summaries.summarise(new MemberRemovedEvent("ma-1", "s-1", "t-1",
                "Башка мектепке {0} кетти, ‘$1’ \\ 'апостроф'\nэкинчи сап"));
        assertThat(quoted.ky()).isEqualTo("Мүчө чыгарылды: мугалим t-1; себеби: Башка мектепке {0} кетти, ‘$1’ \\ "
                + "'апостроф' экинчи сап");
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAsTheRegularExpressionWouldHaveIt() {
        String text = "  Жыйын\t\t№ 3\r\n\u000B\fкүн тартиби:\u00A0ң ө ү \n";

        assertThat(EventSummaries.collapseWhiteSpace(text)).isEqualTo(text.replaceAll("\\s+", " "))
                .isEqualTo(" Жыйын № 3 күн тартиби:\u00A0ң ө ү ");
    }

    @Test
    void anEventWithoutATemplateIsSummarisedByItsType() {
        record SomethingElseHappened(String note) {
        }
        assertThat(summaries.summarise(new SomethingElseHappened("x")))
                .isEqualTo(new EventSummary("SomethingElseHappened", "SomethingElseHappened", "SomethingElseHappened"));
    }

    private static void assertEveryFieldExists(Class<?> event, String template, String language) {
        Matcher fields = EventSummaries.PLACEHOLDER.matcher(template);
        while (fields.find()) {
            Class<?> type = event;
            for (String name : fields.group(1).split("\\.")) {
                assertThat(type.isRecord()).as(language + " " + event.getSimpleName() + " {" + fields.group(1) + "}").isTrue();
                type = Stream.of(type.getRecordComponents()).filter(c -> c.getName().equals(name))
                        .map(RecordComponent::getType).findFirst().orElse(null);
                assertThat(type).as(language + " " + event.getSimpleName() + " has no field {" + fields.group(1) + "}")
                        .isNotNull();
            }
        }
    }

    /** The *Event records of shared-events, from its folder in a reactor build or its jar otherwise. */
    static List<Class<?>> eventsOfTheLanguage() throws Exception {
        Path location = Path.of(SchoolScoped.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                names = files.map(file -> location.relativize(file).toString().replace(File.separatorChar, '/')).toList();
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                names = jar.stream().map(JarEntry::getName).toList();
            }
        }
        List<Class<?>> events = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("Event.class") && !name.contains("$")) {
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (type.isRecord()) {
                    events.add(type);
                }
            }
        }
        return events;
    }
}
