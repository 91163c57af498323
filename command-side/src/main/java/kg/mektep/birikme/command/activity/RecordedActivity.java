package kg.mektep.birikme.command.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.function.BiFunction;
import kg.mektep.birikme.api.activity.ActivityBooks;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.command.web.Accepted;
import kg.mektep.birikme.command.web.Actor;
import kg.mektep.birikme.command.web.CommandDispatcher;
import org.axonframework.common.IdentifierFactory;
import org.springframework.http.ResponseEntity;

/** Where a new activity landed: its id, the position of its event and the school year whose book holds it. */
record RecordedActivity(String id, Long position, int schoolYear) {

    /** Sends a new activity (built from the book's id and its own) to the book of the school year its date falls in. */
    static ResponseEntity<RecordedActivity> send(CommandDispatcher commands, String schoolId, String associationId,
                                                 LocalDate date, Actor actor,
                                                 BiFunction<String, String, Object> activity) {
        int year = SchoolYear.containing(date).startYear();
        String book = ActivityBooks.idOf(associationId, year);
        String activityId = IdentifierFactory.getInstance().generateIdentifier();
        Accepted accepted = commands.send(activity.apply(book, activityId), book, schoolId, actor);
        URI location = URI.create(CommandDispatcher.location("/api/schools/" + schoolId + "/associations/" + associationId
                + "/activities") + "?year=" + year);
        return ResponseEntity.created(location).body(new RecordedActivity(activityId, accepted.position(), year));
    }
}
