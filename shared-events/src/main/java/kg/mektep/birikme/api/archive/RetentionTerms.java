package kg.mektep.birikme.api.archive;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.SchoolYear;

/**
 * The retention clock of R12, clause 5.9: «Усулдук бирикменин документтери мектепте 3 жыл сакталат,
 * андан соң, Усулдук бирикме отурумдарынын протоколдору МБУ ишинин пландары жана талданышы 10 жылга
 * сактоо үчүн архивке тапшырылат».
 *
 * <p>A document closed in school year Y (1 September Y to 31 August Y+1) is kept at school for three
 * more school years, until 31 August Y+4, and is due for transfer to the archive from 1 September
 * Y+4. The ten years are counted from the transfer, not from the day it fell due: the clause hands
 * the documents over "to be kept for 10 years", so the archive's keeping begins with the act that
 * hands them over, and a late transfer never shortens it. A document is due for disposal review
 * from the tenth anniversary of its transfer act (an act of 29 February: from 28 February). Every
 * date is a day of the school's time zone.
 */
public final class RetentionTerms {

    public static final int YEARS_AT_SCHOOL = 3;
    public static final int YEARS_IN_ARCHIVE = 10;

    private RetentionTerms() {
    }

    /** The last day a document closed in that school year is kept at school. */
    public static LocalDate keptAtSchoolUntil(int closedInSchoolYear) {
        return new SchoolYear(closedInSchoolYear + YEARS_AT_SCHOOL).lastDay();
    }

    /** The first day the document may be, and should be, handed over to the archive. */
    public static LocalDate transferDueOn(int closedInSchoolYear) {
        return keptAtSchoolUntil(closedInSchoolYear).plusDays(1);
    }

    /** The first day a document handed over on that day is due for disposal review. */
    public static LocalDate disposalDueOn(LocalDate transferredOn) {
        return transferredOn.plusYears(YEARS_IN_ARCHIVE);
    }
}
