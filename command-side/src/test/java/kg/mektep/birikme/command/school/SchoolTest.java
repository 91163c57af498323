package kg.mektep.birikme.command.school;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.school.RegisterSchoolCommand;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTest {

    private static final String SCHOOL = "school-kara-balta-3";
    private static final String NAME = "Ч. Айтматов атындагы №3 орто мектеби";
    private static final String DISTRICT = "Жайыл району";

    private FixtureConfiguration<School> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(School.class);
    }

    @Test
    void canRegisterSchoolInItsOwnTimeZone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, NAME, DISTRICT, "Asia/Almaty"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SchoolRegisteredEvent(SCHOOL, NAME, DISTRICT, "Asia/Almaty"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void schoolTimeZoneDefaultsToBishkek(String timeZone) {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, NAME, DISTRICT, timeZone))
                .expectEvents(new SchoolRegisteredEvent(SCHOOL, NAME, DISTRICT, "Asia/Bishkek"));
    }

    @Test
    void nameAndDistrictAreRecordedWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, "  " + NAME + " ", " " + DISTRICT + "  ", null))
                .expectEvents(new SchoolRegisteredEvent(SCHOOL, NAME, DISTRICT, "Asia/Bishkek"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Naryn", "Кыргызстан/Бишкек", "Bishkek"})
    void cannotRegisterSchoolInAnInvalidTimeZone(String timeZone) {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, NAME, DISTRICT, timeZone))
                .expectException(refusedWith(Refusal.INVALID_TIME_ZONE, timeZone))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void cannotRegisterSchoolWithoutName(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, name, DISTRICT, null))
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void cannotRegisterSchoolWithoutDistrict(String district) {
        fixture.givenNoPriorActivity()
                .when(new RegisterSchoolCommand(SCHOOL, NAME, district, null))
                .expectException(refusedWith(Refusal.FIELD_REQUIRED, "district"))
                .expectNoEvents();
    }
}
