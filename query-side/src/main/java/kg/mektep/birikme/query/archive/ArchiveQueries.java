package kg.mektep.birikme.query.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.mektep.birikme.api.archive.ArchiveDocumentList;
import kg.mektep.birikme.api.archive.ArchiveDocumentView;
import kg.mektep.birikme.api.archive.ArchiveReminder;
import kg.mektep.birikme.api.archive.ArchiveReminders;
import kg.mektep.birikme.api.archive.ArchiveStatus;
import kg.mektep.birikme.api.archive.DocumentKind;
import kg.mektep.birikme.api.archive.FindArchiveDocumentQuery;
import kg.mektep.birikme.api.archive.FindArchiveDocumentsQuery;
import kg.mektep.birikme.api.archive.FindArchiveRemindersQuery;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.query.school.SchoolDay;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each document stands today, in its school's time zone by the application's clock: the
 * status follows from the stored dates at the moment of reading, so it is right on the first
 * morning a document falls due, after any restart, with nothing scheduled to move it there.
 */
@Component
class ArchiveQueries {

    /**
     * The status of a row on {@code :today}, the same rule as {@link ArchiveStatus} describes: a
     * document under a hold is not due for disposal while the hold stands, as no act may dispose of it.
     */
    private static final String DOCUMENTS = """
            SELECT d.*, a.name AS association_name,
                   CASE WHEN d.disposed_on IS NOT NULL THEN 'DISPOSED'
                        WHEN d.transferred_on IS NOT NULL AND d.disposal_due_on <= :today AND d.hold_reason IS NULL
                            THEN 'DUE_FOR_DISPOSAL'
                        WHEN d.transferred_on IS NOT NULL THEN 'IN_ARCHIVE'
                        WHEN d.transfer_due_on <= :today THEN 'DUE_FOR_TRANSFER'
                        ELSE 'AT_SCHOOL' END AS status
            FROM rm_archive_document d LEFT JOIN rm_association a ON a.association_id = d.association_id
            WHERE d.school_id = :school
              AND (CAST(:association AS VARCHAR) IS NULL OR d.association_id = :association)
              AND (CAST(:kind AS VARCHAR) IS NULL OR d.kind = :kind)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ArchiveQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    ArchiveDocumentList handle(FindArchiveDocumentsQuery query) {
        LocalDate today = today(query.schoolId());
        String kind = query.kind() == null ? null : query.kind().name();
        List<ArchiveDocumentView> documents = jdbc.sql("SELECT * FROM (" + DOCUMENTS + ") s"
                        + " WHERE (CAST(:status AS VARCHAR) IS NULL OR s.status = :status)"
                        + " ORDER BY s.school_year, s.association_name COLLATE kyrgyz, s.association_id, s.kind, s.document_id")
                .param("today", today).param("school", query.schoolId()).param("association", query.associationId())
                .param("kind", kind).param("status", query.status() == null ? null : query.status().name())
                .query((rs, n) -> view(rs)).list();
        if (!query.count()) {
            return new ArchiveDocumentList(documents, null, null);
        }
        Map<ArchiveStatus, Long> byStatus = new EnumMap<>(ArchiveStatus.class);
        for (ArchiveStatus status : ArchiveStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.sql("SELECT s.status, count(*) FROM (" + DOCUMENTS + ") s GROUP BY s.status")
                .param("today", today).param("school", query.schoolId()).param("association", query.associationId())
                .param("kind", kind)
                .query(rs -> {
                    byStatus.put(ArchiveStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return new ArchiveDocumentList(documents, (long) documents.size(), new LinkedHashMap<>(byStatus));
    }

    @QueryHandler
    Optional<ArchiveDocumentView> handle(FindArchiveDocumentQuery query) {
        return jdbc.sql("SELECT * FROM (" + DOCUMENTS + ") s WHERE s.document_id = :document")
                .param("today", today(query.schoolId())).param("school", query.schoolId())
                .param("association", null).param("kind", null).param("document", query.documentId())
                .query((rs, n) -> view(rs)).optional();
    }

    /**
     * Documents whose next step falls due by the end of the horizon and has not been taken: the
     * transfer of one still at school (a hold does not stop it, and is shown), the disposal review of
     * one in the archive under no hold. Those already due stay listed until an act names them.
     */
    @QueryHandler
    ArchiveReminders handle(FindArchiveRemindersQuery query) {
        LocalDate today = today(query.schoolId());
        LocalDate until = today.plusDays(query.horizonDays());
        List<ArchiveReminder> reminders = jdbc.sql("""
                        SELECT d.*, a.name AS association_name,
                               CASE WHEN d.transferred_on IS NULL THEN d.transfer_due_on ELSE d.disposal_due_on END AS due_on
                        FROM rm_archive_document d LEFT JOIN rm_association a ON a.association_id = d.association_id
                        WHERE d.school_id = :school AND d.disposed_on IS NULL
                          AND ((d.transferred_on IS NULL AND d.transfer_due_on <= :until)
                            OR (d.transferred_on IS NOT NULL AND d.hold_reason IS NULL AND d.disposal_due_on <= :until))
                        ORDER BY due_on, d.school_year, a.name COLLATE kyrgyz, d.association_id, d.kind, d.document_id""")
                .param("school", query.schoolId()).param("until", until)
                .query((rs, n) -> {
                    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
                    boolean inArchive = rs.getObject("transferred_on", LocalDate.class) != null;
                    return new ArchiveReminder(rs.getString("document_id"), DocumentKind.valueOf(rs.getString("kind")),
                            rs.getString("association_id"), rs.getString("association_name"), rs.getInt("school_year"),
                            inArchive ? ArchiveStatus.DUE_FOR_DISPOSAL : ArchiveStatus.DUE_FOR_TRANSFER, dueOn,
                            ChronoUnit.DAYS.between(today, dueOn), rs.getString("hold_reason"));
                })
                .list();
        return new ArchiveReminders(today, query.horizonDays(), reminders);
    }

    private LocalDate today(String schoolId) {
        String zone = jdbc.sql("SELECT time_zone FROM rm_school WHERE school_id = ?").param(schoolId)
                .query(String.class).optional().orElse(null);
        return SchoolDay.today(clock, zone);
    }

    private static ArchiveDocumentView view(ResultSet rs) throws SQLException {
        LocalDate transferredOn = rs.getObject("transferred_on", LocalDate.class);
        LocalDate disposedOn = rs.getObject("disposed_on", LocalDate.class);
        return new ArchiveDocumentView(rs.getString("document_id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("association_id"), rs.getString("association_name"), rs.getInt("school_year"),
                ArchiveStatus.valueOf(rs.getString("status")), rs.getObject("transfer_due_on", LocalDate.class),
                transferredOn == null ? null : new DocumentRef(rs.getString("transfer_act_number"), transferredOn),
                rs.getObject("disposal_due_on", LocalDate.class),
                disposedOn == null ? null : new DocumentRef(rs.getString("disposal_act_number"), disposedOn),
                rs.getString("hold_reason"));
    }
}
