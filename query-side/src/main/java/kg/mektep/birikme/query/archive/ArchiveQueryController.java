package kg.mektep.birikme.query.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import kg.mektep.birikme.api.archive.ArchiveDocumentList;
import kg.mektep.birikme.api.archive.ArchiveDocumentView;
import kg.mektep.birikme.api.archive.ArchiveReminders;
import kg.mektep.birikme.api.archive.ArchiveStatus;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.FindArchiveDocumentQuery;
import kg.mektep.birikme.api.archive.FindArchiveDocumentsQuery;
import kg.mektep.birikme.api.archive.FindArchiveRemindersQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.web.NotFoundException;
import kg.mektep.birikme.query.web.ReadRefusedException;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Archive (reads)")
class ArchiveQueryController {

    /** The longest horizon a reminder looks ahead: the ten years a document stays in the archive. */
    private static final long LONGEST_HORIZON_DAYS = 3660;

    private final Reads reads;
    private final Duration defaultHorizon;

    ArchiveQueryController(Reads reads, @Value("${birikme.archive.reminder-horizon:60d}") Duration defaultHorizon) {
        this.reads = reads;
        this.defaultHorizon = defaultHorizon;
    }

    @GetMapping("/archive")
    @Operation(summary = "The school's retained documents as they stand today: at school, due for transfer, in the "
            + "archive (since, act), due for disposal, disposed (act); count=true counts them (R12, clause 5.9)")
    ArchiveDocumentList ofSchool(@PathVariable String schoolId, @RequestParam(required = false) ArchiveStatus status,
                                 @RequestParam(required = false) String associationId,
                                 @RequestParam(required = false) DocumentKind kind,
                                 @Parameter(description = "true: also count them, in total and per status")
                                 @RequestParam(defaultValue = "false") boolean count,
                                 @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inSchool(schoolId, after).query(new FindArchiveDocumentsQuery(schoolId, associationId, status, kind,
                count), ResponseTypes.instanceOf(ArchiveDocumentList.class));
    }

    @GetMapping("/associations/{associationId}/archive")
    @Operation(summary = "The association's retained documents as they stand today (R12, clause 5.9)")
    ArchiveDocumentList ofAssociation(@PathVariable String schoolId, @PathVariable String associationId,
                                      @RequestParam(required = false) ArchiveStatus status,
                                      @RequestParam(required = false) DocumentKind kind,
                                      @Parameter(description = "true: also count them, in total and per status")
                                      @RequestParam(defaultValue = "false") boolean count,
                                      @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        return reads.inAssociation(schoolId, associationId, after).query(new FindArchiveDocumentsQuery(schoolId,
                associationId, status, kind, count), ResponseTypes.instanceOf(ArchiveDocumentList.class));
    }

    @GetMapping("/archive/documents/{documentId}")
    @Operation(summary = "One retained document as it stands today (R12, clause 5.9)")
    ArchiveDocumentView document(@PathVariable String schoolId, @PathVariable String documentId,
                                 @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        Optional<ArchiveDocumentView> found = reads.inSchool(schoolId, after).query(
                new FindArchiveDocumentQuery(schoolId, documentId), ResponseTypes.optionalInstanceOf(ArchiveDocumentView.class));
        return found.orElseThrow(() -> new NotFoundException(documentId));
    }

    @GetMapping("/archive/reminders")
    @Operation(summary = "Documents falling due for transfer or disposal review within the horizon, and those due and "
            + "not yet acted on, soonest first (R12, clause 5.9)")
    ArchiveReminders reminders(@PathVariable String schoolId,
                               @Parameter(description = "how far ahead to look, in days: 60d (the default is "
                                       + "birikme.archive.reminder-horizon)") @RequestParam(required = false) String horizon,
                               @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        int days = horizonDays(horizon);
        return reads.inSchool(schoolId, after).query(new FindArchiveRemindersQuery(schoolId, days),
                ResponseTypes.instanceOf(ArchiveReminders.class));
    }

    /** Whole days from 0 to ten years; anything else is a bad parameter. */
    private int horizonDays(String text) {
        Duration horizon;
        try {
            horizon = text == null ? defaultHorizon : DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "horizon", text);
        }
        if (horizon.isNegative() || horizon.toDays() > LONGEST_HORIZON_DAYS || !horizon.equals(Duration.ofDays(horizon.toDays()))) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "horizon", text);
        }
        return (int) horizon.toDays();
    }
}
