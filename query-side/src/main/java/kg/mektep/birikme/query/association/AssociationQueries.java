package kg.mektep.birikme.query.association;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.association.AssociationKind;
import kg.mektep.birikme.api.association.AssociationSummary;
import kg.mektep.birikme.api.association.FindAssociationQuery;
import kg.mektep.birikme.api.association.FindAssociationsQuery;
import kg.mektep.birikme.api.association.FindMembersQuery;
import kg.mektep.birikme.api.association.MemberList;
import kg.mektep.birikme.api.common.YoungTeacher;
import kg.mektep.birikme.query.school.SchoolDay;
import kg.mektep.birikme.query.web.SqlArrays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AssociationQueries {

    /** Member counts and chair names are joined at read time, so no projection depends on another's progress. */
    private static final String SUMMARY = """
            SELECT a.association_id, a.school_id, a.name, a.kind, a.educational_areas, a.subjects, a.status,
                   a.chair_id, t.full_name AS chair_name, a.chair_confirmed,
                   (SELECT count(*) FROM rm_association_member m WHERE m.association_id = a.association_id) AS members
            FROM rm_association a LEFT JOIN rm_teacher t ON t.teacher_id = a.chair_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AssociationQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    List<AssociationSummary> handle(FindAssociationsQuery query) {
        return jdbc.sql(SUMMARY + " WHERE a.school_id = ? ORDER BY a.name COLLATE kyrgyz, a.association_id")
                .param(query.schoolId()).query(AssociationQueries::summary).list();
    }

    @QueryHandler
    Optional<AssociationSummary> handle(FindAssociationQuery query) {
        return jdbc.sql(SUMMARY + " WHERE a.school_id = ? AND a.association_id = ?")
                .params(query.schoolId(), query.associationId()).query(AssociationQueries::summary).optional();
    }

    @QueryHandler
    Optional<MemberList> handle(FindMembersQuery query) {
        return handle(new FindAssociationQuery(query.schoolId(), query.associationId()))
                .map(association -> new MemberList(association.associationId(), association.name(),
                        members(association)));
    }

    private List<MemberList.Member> members(AssociationSummary association) {
        return jdbc.sql("""
                SELECT m.teacher_id, t.full_name, t.subjects, t.hire_date, s.time_zone
                FROM rm_association_member m
                LEFT JOIN rm_teacher t ON t.teacher_id = m.teacher_id
                LEFT JOIN rm_school s ON s.school_id = t.school_id
                WHERE m.association_id = ? ORDER BY t.full_name COLLATE kyrgyz, m.teacher_id""")
                .param(association.associationId())
                .query((rs, n) -> {
                    String teacherId = rs.getString(1);
                    LocalDate hired = rs.getObject(4, LocalDate.class);
                    boolean young = hired != null && YoungTeacher.on(hired, SchoolDay.today(clock, rs.getString(5)));
                    return new MemberList.Member(teacherId, rs.getString(2), SqlArrays.strings(rs.getArray(3)), hired,
                            young, teacherId.equals(association.chairId()) ? "CHAIR" : "MEMBER");
                })
                .list();
    }

    private static AssociationSummary summary(ResultSet rs, int row) throws SQLException {
        return new AssociationSummary(rs.getString("association_id"), rs.getString("school_id"), rs.getString("name"),
                AssociationKind.valueOf(rs.getString("kind")), SqlArrays.strings(rs.getArray("educational_areas")),
                SqlArrays.strings(rs.getArray("subjects")), rs.getString("status"), rs.getString("chair_id"),
                rs.getString("chair_name"), rs.getBoolean("chair_confirmed"), rs.getInt("members"));
    }
}
