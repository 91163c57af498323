package kg.mektep.birikme.query.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.mektep.birikme.api.common.YoungTeacher;
import kg.mektep.birikme.api.school.FindSchoolQuery;
import kg.mektep.birikme.api.school.FindSchoolsQuery;
import kg.mektep.birikme.api.school.FindTeachersQuery;
import kg.mektep.birikme.api.school.SchoolSummary;
import kg.mektep.birikme.api.school.TeacherSummary;
import kg.mektep.birikme.query.web.SqlArrays;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class StaffQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    List<SchoolSummary> handle(FindSchoolsQuery query) {
        return jdbc.sql("SELECT school_id, name, district, time_zone FROM rm_school ORDER BY name COLLATE kyrgyz, school_id")
                .query((rs, n) -> new SchoolSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @QueryHandler
    Optional<SchoolSummary> handle(FindSchoolQuery query) {
        return jdbc.sql("SELECT school_id, name, district, time_zone FROM rm_school WHERE school_id = ?")
                .param(query.schoolId())
                .query((rs, n) -> new SchoolSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    @QueryHandler
    List<TeacherSummary> handle(FindTeachersQuery query) {
        return jdbc.sql("""
                SELECT t.teacher_id, t.school_id, t.full_name, t.subjects, t.hire_date, s.time_zone
                FROM rm_teacher t JOIN rm_school s ON s.school_id = t.school_id
                WHERE t.school_id = ? ORDER BY t.full_name COLLATE kyrgyz, t.teacher_id""")
                .param(query.schoolId())
                .query((rs, n) -> {
                    LocalDate hired = rs.getObject(5, LocalDate.class);
                    return new TeacherSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            SqlArrays.strings(rs.getArray(4)), hired,
                            YoungTeacher.on(hired, SchoolDay.today(clock, rs.getString(6))));
                })
                .list();
    }
}
