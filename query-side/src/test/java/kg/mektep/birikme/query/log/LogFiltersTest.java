package kg.mektep.birikme.query.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.api.log.PageDirection;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.NotFoundException;
import org.junit.jupiter.api.Test;

class LogFiltersTest {

    private static final Reader DIRECTOR = new Reader("u-1", Set.of(Role.DIRECTOR), "s-1", Set.of());
    private static final Reader INSPECTOR = new Reader("u-2", Set.of(Role.INSPECTOR), null, Set.of("s-1", "s-2"));

    private final LogFilters filters = new LogFilters(new EventSummaries());

    private static LogParameters asking(List<String> schools) {
        return new LogParameters(schools, null, null, null, null, null, null, null);
    }

    private static LogParameters period(String since, String until) {
        return new LogParameters(null, null, null, null, since, until, null, null);
    }

    @Test
    void theDirectorAndTheDeputiesReadTheLogOfTheirOwnSchool() {
        for (Role role : List.of(Role.DIRECTOR, Role.DEPUTY_TEACHING, Role.DEPUTY_METHODOLOGY)) {
            Reader reader = new Reader("u", Set.of(role, Role.TEACHER), "s-1", Set.of());
            assertThat(filters.filter(reader, asking(null)).schoolIds()).containsExactly("s-1");
        }
    }

    @Test
    void anInspectorReadsTheLogsOfTheSchoolsAssigned() {
        assertThat(filters.filter(INSPECTOR, asking(null)).schoolIds()).containsExactly("s-1", "s-2");
        assertThat(filters.filter(INSPECTOR, asking(List.of("s-2"))).schoolIds()).containsExactly("s-2");
    }

    @Test
    void anEmptyFieldOfAFormNarrowsNothing() {
        EventLogFilter filter = filters.filter(INSPECTOR, new LogParameters(List.of(""), " ", List.of(""), "", null, null,
                "", " "));
        assertThat(filter).isEqualTo(new EventLogFilter(List.of("s-1", "s-2"), null, List.of(), null, null, null, null,
                List.of()));
    }

    @Test
    void aSchoolOutsideTheScopeIsUnknown() {
        assertThatThrownBy(() -> filters.filter(DIRECTOR, asking(List.of("s-2")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> filters.filter(INSPECTOR, asking(List.of("s-1", "s-3"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void teachersAndTheAdministratorDoNotReadTheLog() {
        assertThatThrownBy(() -> filters.filter(new Reader("u", Set.of(Role.TEACHER), "s-1", Set.of()), asking(null)))
                .isInstanceOf(LogNotAllowedException.class);
        assertThatThrownBy(() -> filters.filter(new Reader("u", Set.of(Role.ADMIN), null, Set.of()), asking(null)))
                .isInstanceOf(LogNotAllowedException.class);
    }

    @Test
    void aPeriodIsGivenByInstantsOrByDaysInBishkek() {
        EventLogFilter instants = filters.filter(DIRECTOR, period("2026-09-01T08:00:00Z", "2026-09-01T16:00:00+06:00"));
        assertThat(instants.since()).isEqualTo(Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(instants.until()).isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));

        EventLogFilter days = filters.filter(DIRECTOR, period("2026-09-01", "2026-09-30"));
        assertThat(days.since()).isEqualTo(Instant.parse("2026-08-31T18:00:00Z"));
        assertThat(days.until()).as("the whole last day").isEqualTo(Instant.parse("2026-09-30T18:00:00Z"));
    }

    @Test
    void anImpossiblePeriodIsABadRequest() {
        assertInvalid(period("1 сентября", null), "since");
        assertInvalid(period(null, "2026-02-30"), "until");
        assertInvalid(period("2026-09-02", "2026-09-01"), "until");
        assertInvalid(period("2026-09-01T00:00:00", null), "since");
        // Days and instants beyond those the record holds (1900 to 2100), which neither Java's days nor the database's hold all of.
        assertInvalid(period("+999999999-12-31", null), "since");
        assertInvalid(period("-999999999-01-01", null), "since");
        assertInvalid(period(null, "+999999999-12-31"), "until");
        assertInvalid(period("-999999999-01-01T00:00:00Z", null), "since");
        assertInvalid(period(null, "2101-01-01"), "until");
        assertInvalid(period("2101-01-01", null), "since");
        assertInvalid(period("1899-12-31", null), "since");
        assertInvalid(period(null, "1899-12-31"), "until");
        assertInvalid(period("2100-12-31T18:00:00Z", null), "since");
        assertInvalid(period(null, "2100-12-31T18:00:01Z"), "until");
        assertThat(filters.filter(DIRECTOR, period("2100-12-31T17:59:59Z", "2100-12-31T18:00:00Z")).until())
                .isEqualTo(Instant.parse("2100-12-31T18:00:00Z"));
        EventLogFilter widest = filters.filter(DIRECTOR, period("1900-01-01", "2100-12-31"));
        // (In 1900 Bishkek kept its local mean time, 4:58:24 ahead of UTC.)
        assertThat(widest.since()).isEqualTo(Instant.parse("1899-12-31T19:01:36Z"));
        assertThat(widest.until()).isEqualTo(Instant.parse("2100-12-31T18:00:00Z"));
    }

    @Test
    void anUnknownEventTypeIsABadRequest() {
        assertInvalid(new LogParameters(null, null, List.of("MemberAddedEvent", "MemberHired"), null, null, null, null,
                null), "type");
        assertThat(filters.filter(DIRECTOR, new LogParameters(null, null, List.of("MemberAddedEvent"), null, null, null,
                null, null)).eventTypes()).containsExactly("MemberAddedEvent");
    }

    @Test
    void wordsAreSplitAtSpacesAndLimited() {
        assertThat(filters.filter(DIRECTOR, new LogParameters(null, null, null, null, null, null, null,
                "  Гүлнара   Ңазарова ")).words()).containsExactly("Гүлнара", "Ңазарова");
        assertInvalid(new LogParameters(null, null, null, null, null, null, null, "a b c d e f g h i j k"), "q");
    }

    @Test
    void pagingParametersAreChecked() {
        assertThat(LogFilters.direction(null)).isEqualTo(PageDirection.FORWARD);
        assertThat(LogFilters.direction("Backward")).isEqualTo(PageDirection.BACKWARD);
        assertThat(LogFilters.limit(null)).isEqualTo(LogFilters.DEFAULT_LIMIT);
        assertThatThrownBy(() -> LogFilters.direction("sideways")).isInstanceOf(InvalidLogFilterException.class);
        assertThatThrownBy(() -> LogFilters.limit(0)).isInstanceOf(InvalidLogFilterException.class);
        assertThatThrownBy(() -> LogFilters.limit(LogFilters.MAX_LIMIT + 1)).isInstanceOf(InvalidLogFilterException.class);
        assertThatThrownBy(() -> LogFilters.cursor(-1L)).isInstanceOf(InvalidLogFilterException.class);
    }

    private void assertInvalid(LogParameters given, String parameter) {
        assertThatThrownBy(() -> filters.filter(DIRECTOR, given)).isInstanceOf(InvalidLogFilterException.class)
                .extracting(e -> ((InvalidLogFilterException) e).parameter()).isEqualTo(parameter);
    }
}
