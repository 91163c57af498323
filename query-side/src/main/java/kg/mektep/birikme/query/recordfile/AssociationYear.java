package kg.mektep.birikme.query.recordfile;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.recordfile.RegisteredDocument;

/**
 * What the record shows of an association for one school year, read once: its name and status,
 * every fact of its record with the event behind it (in the order of the log), its members as they
 * are now and the documents registered for it; {@code today} is the school's date.
 */
public record AssociationYear(String associationId, String schoolId, String name, String status, int schoolYear,
                              LocalDate today, List<Proof> proofs, List<Member> members,
                              List<RegisteredDocument> documents) {

    /** A member now, with the staff record's name and hire date (null where the staff record is not known). */
    public record Member(String teacherId, String fullName, LocalDate hireDate) {

        public String displayName() {
            return fullName == null ? teacherId : fullName;
        }
    }

    public SchoolYear year() {
        return new SchoolYear(schoolYear);
    }

    public Facts facts(Fact fact) {
        return new Facts(proofs.stream().filter(proof -> proof.fact() == fact).toList());
    }

    /** Facts of this school year only. */
    public Facts factsOfYear(Fact fact) {
        return factsOfYear(fact, schoolYear);
    }

    public Facts factsOfYear(Fact fact, int year) {
        return new Facts(proofs.stream()
                .filter(proof -> proof.fact() == fact && proof.schoolYear() != null && proof.schoolYear() == year).toList());
    }

    public Optional<Proof> opening() {
        return facts(Fact.OPENED).first();
    }

    public Optional<LocalDate> openingDay() {
        return opening().map(Proof::dayOrRecorded);
    }

    public Optional<Proof> dissolution() {
        return facts(Fact.DISSOLVED).first();
    }

    /**
     * The first school year the association works in: the one its opening order falls in, or, for
     * an order of the summer holidays (June to August), the year that begins after them.
     */
    public int firstSchoolYear() {
        return openingDay().map(AssociationYear::firstSchoolYearOf).orElse(schoolYear);
    }

    /** The first school year of an association opened on that day. */
    public static int firstSchoolYearOf(LocalDate openedOn) {
        return openedOn.getMonth().compareTo(Month.JUNE) >= 0 && openedOn.getMonth().compareTo(Month.AUGUST) <= 0
                ? openedOn.getYear() : SchoolYear.containing(openedOn).startYear();
    }

    /** Whether the association worked in this school year: from its first year to the year of its dissolution. */
    public boolean inYear() {
        return firstSchoolYear() <= schoolYear && dissolution()
                .map(d -> schoolYear <= SchoolYear.containing(d.dayOrRecorded()).startYear()).orElse(true);
    }

    /** The day the record is judged on: today, or the day of the dissolution for a dissolved association. */
    public LocalDate asOf() {
        return dissolution().map(Proof::dayOrRecorded).filter(day -> day.isBefore(today)).orElse(today);
    }

    /**
     * The chair in office at the end of the school year (or now, for the current year): the last
     * election recorded by then that no vacancy of the same teacher followed.
     */
    public Optional<Proof> chairElection() {
        LocalDate end = year().lastDay();
        Proof current = null;
        for (Proof proof : proofs) {
            if (proof.recordedOn().isAfter(end)) {
                continue;
            }
            if (proof.fact() == Fact.CHAIR_ELECTED) {
                current = proof;
            } else if (proof.fact() == Fact.CHAIR_VACATED && current != null && proof.ref().equals(current.ref())) {
                current = null;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The director's order confirming that election, recorded after it. */
    public Optional<Proof> confirmationOf(Proof election) {
        return facts(Fact.CHAIR_CONFIRMED).list().stream()
                .filter(proof -> proof.position() > election.position() && proof.ref().equals(election.ref()))
                .findFirst();
    }

    /** The last time the teacher joined the association, by the event's record. */
    public Optional<Proof> joining(String teacherId) {
        List<Proof> joined = facts(Fact.MEMBER_JOINED).list().stream().filter(p -> p.ref().equals(teacherId)).toList();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined.get(joined.size() - 1));
    }

    /** The mentor a mentor's assignment names (none where the record does not know it). */
    public static Optional<String> mentorOf(Proof assignment) {
        return assignment.linked().stream().findFirst();
    }

    /**
     * The spans in which a teacher was a member from an event of the record on, one made while they
     * were one (a mentor's assignment): from that event's day to their next leaving, and again from
     * each later joining. An open span has no end.
     */
    public List<Membership> membershipFrom(String teacherId, Proof from) {
        List<Membership> spans = new ArrayList<>();
        LocalDate since = from.recordedOn();
        for (Proof proof : proofs) {
            if (proof.position() <= from.position() || !proof.ref().equals(teacherId)) {
                continue;
            }
            if (proof.fact() == Fact.MEMBER_LEFT && since != null) {
                spans.add(new Membership(since, proof.recordedOn()));
                since = null;
            } else if (proof.fact() == Fact.MEMBER_JOINED && since == null) {
                since = proof.recordedOn();
            }
        }
        if (since != null) {
            spans.add(new Membership(since, null));
        }
        return spans;
    }

    /** A span of membership, from its first day to the day the member left (null while they are a member). */
    public record Membership(LocalDate from, LocalDate until) {

        public boolean on(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }

        public boolean during(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (until == null || until.isAfter(first));
        }
    }

    public String nameOf(String teacherId) {
        return members.stream().filter(member -> member.teacherId().equals(teacherId)).findFirst()
                .map(Member::displayName).orElse(teacherId);
    }

    /** Facts of one kind in the order of the log. */
    public record Facts(List<Proof> list) {

        public Optional<Proof> first() {
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }
}
