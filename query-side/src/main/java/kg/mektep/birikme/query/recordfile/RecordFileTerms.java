package kg.mektep.birikme.query.recordfile;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The terms the record is judged by. What belongs to the start of a school year (the annual plan
 * and its theme, the first protocol, the documents kept outside the system, a chair and mentors)
 * is due by the plans' approval deadline ({@code birikme.plans.approval-deadline}, 30 September);
 * for an association opened during the year, {@code grace} days after its opening order if that is
 * later. The same number of days is allowed for the order confirming an elected chair and for
 * recording a protocol after its meeting.
 */
@Component
public class RecordFileTerms {

    private final MonthDay startDeadline;
    private final int graceDays;

    public RecordFileTerms(@Value("${birikme.plans.approval-deadline:--09-30}") MonthDay startDeadline,
                           @Value("${birikme.record-file.grace-days:30}") int graceDays) {
        this.startDeadline = startDeadline;
        this.graceDays = graceDays;
    }

    /** The day by which the start of the association's school year is due. */
    public LocalDate startOfYearDue(AssociationYear year) {
        return startOfYearDue(year.schoolYear(), year.openingDay().orElse(null));
    }

    /**
     * The day by which the start of a school year is due for an association opened on that day
     * (null where the opening is not known): the deadline, or, in the association's first school
     * year, the end of the grace after its opening if that is later. The plan register, the approval
     * audit and the timelines judge an annual plan's lateness by it too.
     */
    public LocalDate startOfYearDue(int schoolYear, LocalDate openedOn) {
        LocalDate deadline = startDeadline.atYear(schoolYear);
        if (openedOn != null && AssociationYear.firstSchoolYearOf(openedOn) == schoolYear
                && afterGrace(openedOn).isAfter(deadline)) {
            return afterGrace(openedOn);
        }
        return deadline;
    }

    public LocalDate afterGrace(LocalDate day) {
        return day.plusDays(graceDays);
    }
}
