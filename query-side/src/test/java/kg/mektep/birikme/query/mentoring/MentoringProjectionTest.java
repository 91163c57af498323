package kg.mektep.birikme.query.mentoring;

import static kg.mektep.birikme.query.recordfile.RecordedAssociation.MA;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.SCHOOL;
import static kg.mektep.birikme.query.recordfile.RecordedAssociation.YOUNG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kg.mektep.birikme.api.association.MemberRemovedEvent;
import kg.mektep.birikme.api.mentoring.FindMentorshipsQuery;
import kg.mektep.birikme.api.mentoring.MentorAssignedEvent;
import kg.mektep.birikme.api.mentoring.MentorshipView;
import kg.mektep.birikme.query.recordfile.RecordedAssociation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R17 (clause 3.17): a mentorship stands while its mentor is a member of the association, on a real PostgreSQL. */
class MentoringProjectionTest {

    private RecordedAssociation record;
    private MentoringProjection projection;

    @BeforeEach
    void freshRecord() {
        record = new RecordedAssociation();
        record.jdbc().sql("TRUNCATE rm_mentorship, rm_mentoring_session").update();
        projection = new MentoringProjection(record.jdbc());
        record.opened("2026-08-28", MA, "2026-08-28");
        record.hired("t6", "Айгерим Сыдыкова", "2026-08-20");
        record.added("2026-09-02", "t6");
    }

    /** The chair assigns the mentor: the mentoring read and the record file both take the event. */
    private void assigned(String mentorshipId, String menteeId, String mentorId) {
        MentorAssignedEvent event = new MentorAssignedEvent(mentorshipId, SCHOOL, MA, menteeId, mentorId,
                LocalDate.of(2026, 9, 15));
        projection.on(event);
        record.record("2026-09-15", event);
    }

    private List<MentorshipView> mentorships() {
        return projection.handle(new FindMentorshipsQuery(SCHOOL, MA));
    }

    @Test
    void aMentorshipEndsOnTheDayItsMentorLeavesTheAssociation() {
        assigned("m-1", YOUNG, "t2");
        assigned("m-2", "t6", "t3");
        record.removed("2026-11-02", "t2");
        record.reorganised("2027-01-12", "2027-01-10", List.of(), List.of("t3"));

        assertThat(mentorships()).extracting(MentorshipView::mentorshipId, MentorshipView::mentorName,
                        MentorshipView::endedOn)
                .containsExactly(tuple("m-2", "Гүлжан Сүйүнбаева", LocalDate.of(2027, 1, 12)),
                        tuple("m-1", "Бурулай Ңазарова", LocalDate.of(2026, 11, 2)));
    }

    @Test
    void aMentorshipStandsWhileItsMentorIsAMemberAndAgainOnceTheyRejoin() {
        assigned("m-1", YOUNG, "t2");
        assigned("m-2", "t6", "t3");
        record.removed("2026-11-02", "t3");
        record.added("2026-11-20", "t3");

        assertThat(mentorships()).extracting(MentorshipView::mentorshipId, MentorshipView::endedOn)
                .containsExactly(tuple("m-2", null), tuple("m-1", null));
    }

    @Test
    void theDayAMentorshipEndedIsTheSchoolsDate() {
        assigned("m-1", YOUNG, "t2");
        // 20:30 in UTC on 2 November is already 3 November in Bishkek.
        record.record(Instant.parse("2026-11-02T20:30:00Z"), new MemberRemovedEvent(MA, SCHOOL, "t2", "Которулду"));

        assertThat(mentorships()).extracting(MentorshipView::endedOn).containsExactly(LocalDate.of(2026, 11, 3));
    }
}
