package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;

public record ScheduledMeeting(LocalDate date, List<String> agenda) {
}
