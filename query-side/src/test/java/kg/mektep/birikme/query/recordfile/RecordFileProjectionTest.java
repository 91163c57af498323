package kg.mektep.birikme.query.recordfile;

import static kg.mektep.birikme.query.recordfile.RecordedAssociation.MA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rows the record file's projection writes for the director's orders and the members they name
 * (R3, R5; clause 6.1, 6.2), on a real PostgreSQL.
 */
class RecordFileProjectionTest {

    private RecordedAssociation record;

    @BeforeEach
    void freshRecord() {
        record = new RecordedAssociation();
    }

    /** Fact, ref and day of every row the event at that position wrote, in a fixed order. */
    private List<Tuple> rows(long position) {
        return record.jdbc()
                .sql("SELECT fact, ref, day FROM rm_record_evidence WHERE global_position = ? ORDER BY fact, ref")
                .param(position)
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    @Test
    void eachOrderIsWrittenUnderItsNumberAndDateNotTheDayItWasEntered() {
        long opened = record.opened("2026-08-30", MA, "2026-08-28");
        record.elected("2026-09-01", "t1");
        long confirmed = record.confirmed("2026-09-10", "t1", "2026-09-05");
        long dissolved = record.dissolved("2027-02-03", "2027-02-01");

        assertThat(rows(opened)).contains(tuple("OPENED", "45-б", LocalDate.of(2026, 8, 28)));
        assertThat(rows(confirmed)).containsExactly(tuple("CHAIR_CONFIRMED", "t1", LocalDate.of(2026, 9, 5)));
        assertThat(rows(dissolved)).containsExactly(tuple("DISSOLVED", "9", LocalDate.of(2027, 2, 1)));
    }

    @Test
    void aReorganisationIsItsOrderAndTheJoiningAndLeavingOfTheMembersItNames() {
        record.opened("2026-08-28", MA, "2026-08-28");
        record.hired("t6", "Үмүт Ңурланова", "2012-09-01");

        long reorganised = record.reorganised("2027-03-03", "2027-03-01", List.of("t6"), List.of("t3", "t4"));

        assertThat(rows(reorganised)).containsExactly(
                tuple("MEMBER_JOINED", "t6", null),
                tuple("MEMBER_LEFT", "t3", null),
                tuple("MEMBER_LEFT", "t4", null),
                tuple("REORGANISED", "81", LocalDate.of(2027, 3, 1)));
    }
}
