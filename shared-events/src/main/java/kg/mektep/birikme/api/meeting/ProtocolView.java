package kg.mektep.birikme.api.meeting;

import java.time.LocalDate;
import java.util.List;

/** A protocol as read: its content as recorded, its corrections, and each resolution's status. */
public record ProtocolView(int number, LocalDate date, boolean quorate, int members, String contentHash,
                           ProtocolContent content, List<Correction> corrections, List<ResolutionStatus> resolutions) {

    public record Correction(String field, String correction, String reason, java.time.Instant at, String byUserId) {
    }

    /**
     * NOT_ADOPTED (the meeting was not quorate), OPEN, OVERDUE (deadline passed), DONE, or CLOSED (not
     * done when the association was dissolved).
     */
    public record ResolutionStatus(int index, String text, LocalDate deadline, String status) {
    }
}
