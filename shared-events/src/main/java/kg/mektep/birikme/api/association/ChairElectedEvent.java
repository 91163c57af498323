package kg.mektep.birikme.api.association;

import java.time.LocalDate;
import kg.mektep.birikme.api.common.DocumentRef;
import org.axonframework.serialization.Revision;

/**
 * The chair elected at a meeting; {@code protocol} is the meeting's protocol where the election cites
 * it (null otherwise, and in events of revision 1, which had no such field: see
 * {@link kg.mektep.birikme.api.upcasting.ChairElectedEventUpcaster}).
 */
@Revision("2")
public record ChairElectedEvent(String associationId, String schoolId, String teacherId, LocalDate meetingDate,
                                DocumentRef protocol) {

    public ChairElectedEvent(String associationId, String schoolId, String teacherId, LocalDate meetingDate) {
        this(associationId, schoolId, teacherId, meetingDate, null);
    }
}
