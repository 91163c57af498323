package kg.mektep.birikme.command.school;

import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DateTimeException;
import java.time.ZoneId;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.school.RegisterSchoolCommand;
import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class School {

    static final String DEFAULT_TIME_ZONE = "Asia/Bishkek";

    @AggregateIdentifier
    private String schoolId;

    protected School() {
    }

    @CommandHandler
    public School(RegisterSchoolCommand command) {
        requireText(command.name(), "name");
        requireText(command.district(), "district");
        String zone = command.timeZone() == null || command.timeZone().isBlank()
                ? DEFAULT_TIME_ZONE : command.timeZone().strip();
        require(isKnownZone(zone), Refusal.INVALID_TIME_ZONE, zone);
        apply(new SchoolRegisteredEvent(command.schoolId(), command.name().strip(), command.district().strip(), zone));
    }

    private static boolean isKnownZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @EventSourcingHandler
    void on(SchoolRegisteredEvent event) {
        schoolId = event.schoolId();
    }
}
