package kg.mektep.birikme.query.recordfile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RegisteredDocument;
import kg.mektep.birikme.query.school.SchoolDay;
import kg.mektep.birikme.query.web.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the record shows of an association for a school year, on today's date in the school's time zone. */
@Component
public class AssociationYears {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AssociationYears(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The associations of a school by name, each read for the year; another school's answer nothing. */
    public List<AssociationYear> ofSchool(String schoolId, int schoolYear) {
        return jdbc.sql("SELECT association_id FROM rm_association WHERE school_id = ? ORDER BY name COLLATE kyrgyz, association_id")
                .param(schoolId).query(String.class).list().stream()
                .map(associationId -> of(schoolId, associationId, schoolYear))
                .flatMap(Optional::stream).toList();
    }

    public Optional<AssociationYear> of(String schoolId, String associationId, int schoolYear) {
        return jdbc.sql("""
                SELECT a.name, a.status, s.time_zone FROM rm_association a LEFT JOIN rm_school s ON s.school_id = a.school_id
                WHERE a.association_id = ? AND a.school_id = ?""")
                .params(associationId, schoolId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .map(row -> {
                    ZoneId zone = ZoneId.of(row[2] == null ? "Asia/Bishkek" : row[2]);
                    return new AssociationYear(associationId, schoolId, row[0], row[1], schoolYear,
                            SchoolDay.today(clock, zone.getId()), proofs(associationId, zone), members(associationId),
                            documents(associationId));
                });
    }

    private List<Proof> proofs(String associationId, ZoneId zone) {
        return jdbc.sql("SELECT * FROM rm_record_evidence WHERE association_id = ? ORDER BY global_position, fact, ref")
                .param(associationId)
                .query((rs, n) -> proof(rs, zone)).list();
    }

    private static Proof proof(ResultSet rs, ZoneId zone) throws SQLException {
        OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
        Object year = rs.getObject("school_year");
        Object quorate = rs.getObject("quorate");
        return new Proof(Fact.valueOf(rs.getString("fact")), rs.getLong("global_position"), rs.getString("event_id"),
                rs.getString("event_type"), recordedAt.toInstant(), recordedAt.atZoneSameInstant(zone).toLocalDate(),
                year == null ? null : ((Number) year).intValue(), rs.getObject("day", LocalDate.class), rs.getString("ref"),
                quorate == null ? null : (Boolean) quorate, SqlArrays.strings(rs.getArray("linked")));
    }

    private List<AssociationYear.Member> members(String associationId) {
        return jdbc.sql("""
                SELECT m.teacher_id, t.full_name, t.hire_date FROM rm_association_member m
                LEFT JOIN rm_teacher t ON t.teacher_id = m.teacher_id
                WHERE m.association_id = ? ORDER BY t.full_name COLLATE kyrgyz, m.teacher_id""")
                .param(associationId)
                .query((rs, n) -> new AssociationYear.Member(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class)))
                .list();
    }

    private List<RegisteredDocument> documents(String associationId) {
        return jdbc.sql("SELECT * FROM rm_record_document WHERE association_id = ? ORDER BY date, global_position")
                .param(associationId).query((rs, n) -> document(rs)).list();
    }

    static RegisteredDocument document(ResultSet rs) throws SQLException {
        String sha256 = rs.getString("sha256");
        AttachedFile file = sha256 == null ? null : new AttachedFile(rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size"), sha256);
        return new RegisteredDocument(rs.getString("document_id"), rs.getString("association_id"),
                RecordFileKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getObject("date", LocalDate.class),
                rs.getString("reference"), file, rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getString("registered_by"), rs.getLong("global_position"));
    }
}
