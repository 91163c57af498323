package kg.mektep.birikme.command.school;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.school.RegisterTeacherCommand;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A teacher on the staff of one school (DOMAIN.md: a person belongs to the staff of one school). */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class Teacher {

    @AggregateIdentifier
    private String teacherId;

    protected Teacher() {
    }

    @CommandHandler
    public Teacher(RegisterTeacherCommand command, SchoolRegistry registry, SchoolCalendar calendar) {
        require(registry.schoolExists(command.schoolId()), Refusal.SCHOOL_NOT_FOUND, command.schoolId());
        requireText(command.fullName(), "fullName");
        requirePresent(command.hireDate(), "hireDate");
        // Hired already, as the school's own calendar has it (not the server's).
        java.time.LocalDate today = calendar.today(command.schoolId());
        require(!command.hireDate().isAfter(today), Refusal.HIRE_DATE_IN_FUTURE, command.hireDate(), today);
        apply(new TeacherRegisteredEvent(command.teacherId(), command.schoolId(), command.fullName().strip(),
                orEmpty(command.subjects()).stream().map(String::strip).toList(), command.hireDate()));
    }

    @EventSourcingHandler
    void on(TeacherRegisteredEvent event) {
        teacherId = event.teacherId();
    }
}
