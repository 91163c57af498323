package kg.mektep.birikme.command.school;

import java.time.LocalDate;
import java.util.function.Supplier;

/** The school calendar of aggregate tests: today as the test gives it. */
public final class TestCalendar implements SchoolCalendar {

    private final Supplier<LocalDate> today;

    public TestCalendar(Supplier<LocalDate> today) {
        this.today = today;
    }

    public static TestCalendar on(LocalDate day) {
        return new TestCalendar(() -> day);
    }

    @Override
    public LocalDate today(String schoolId) {
        return today.get();
    }
}
