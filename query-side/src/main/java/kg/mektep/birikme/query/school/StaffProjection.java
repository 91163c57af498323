package kg.mektep.birikme.query.school;

import kg.mektep.birikme.api.school.SchoolRegisteredEvent;
import kg.mektep.birikme.api.school.TeacherRegisteredEvent;
import kg.mektep.birikme.query.admin.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schools and their staff, as the association read models and the director see them. */
@Component
@ProcessingGroup(StaffProjection.GROUP)
@ReadModelTables({"rm_school", "rm_teacher"})
class StaffProjection {

    static final String GROUP = "staff";

    private final JdbcClient jdbc;

    StaffProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolRegisteredEvent event) {
        jdbc.sql("""
                INSERT INTO rm_school (school_id, name, district, time_zone) VALUES (?, ?, ?, ?)
                ON CONFLICT (school_id) DO UPDATE
                SET name = excluded.name, district = excluded.district, time_zone = excluded.time_zone""")
                .params(event.schoolId(), event.name(), event.district(), event.timeZone()).update();
    }

    @EventHandler
    void on(TeacherRegisteredEvent event) {
        jdbc.sql("""
                INSERT INTO rm_teacher (teacher_id, school_id, full_name, subjects, hire_date) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (teacher_id) DO UPDATE
                SET school_id = excluded.school_id, full_name = excluded.full_name,
                    subjects = excluded.subjects, hire_date = excluded.hire_date""")
                .params(event.teacherId(), event.schoolId(), event.fullName(),
                        event.subjects().toArray(String[]::new), event.hireDate())
                .update();
    }
}
