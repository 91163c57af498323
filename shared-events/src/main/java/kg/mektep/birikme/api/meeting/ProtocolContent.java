package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;

/** R9 (clauses 4.2, 5.6, 6.11): a meeting's protocol; its number is given by the protocol book. */
public record ProtocolContent(LocalDate date,
                              List<String> presentIds,
                              List<Absence> absences,
                              List<String> guests,
                              List<String> agenda,
                              List<Heard> heard,
                              List<Resolution> resolutions) {
}
