package kg.mektep.birikme.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school built over the HTTP API as its people would: the administrator registers it and its
 * users; the director registers the teachers; each teacher can sign in as that teacher.
 */
public final class School {

    static final String PASSWORD = "Мугалим-сырсөз-2026";

    public final String id;
    public final Api admin;
    public final Api director;
    public final Api deputy;
    final Api methodist;
    public final List<String> teachers = new ArrayList<>();
    private final Map<String, Api> teacherUsers = new LinkedHashMap<>();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    long position;

    private School(String id, long position, Api admin) {
        this.id = id;
        this.position = position;
        this.admin = admin;
        this.director = user("director", "DIRECTOR");
        this.deputy = user("deputy", "DEPUTY_TEACHING");
        this.methodist = user("methodist", "DEPUTY_METHODOLOGY");
    }

    public static School register(Api admin, String name) {
        Api.Response created = admin.post("/api/schools", Map.of("name", name, "district", "Бишкек шаары, Свердлов району"));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return new School(created.id(), created.position(), admin);
    }

    /** A user of this school with the given role, signed in. */
    Api user(String name, String role) {
        return createUser(name, Map.of("roles", List.of(role), "schoolId", id));
    }

    /** An inspector who reads the given schools, signed in. */
    public Api inspector(String name, List<String> schoolIds) {
        return createUser(name, Map.of("roles", List.of("INSPECTOR"), "inspectedSchoolIds", schoolIds));
    }

    public School withTeachers(String subject, String... names) {
        for (String name : names) {
            withTeacherHired(subject, name, "2015-09-01");
        }
        return this;
    }

    /** Registers one teacher hired on the given day; answers the teacher's id (also added to {@link #teachers}). */
    public String withTeacherHired(String subject, String name, String hireDate) {
        Api.Response created = director.post("/api/schools/" + id + "/teachers",
                Map.of("fullName", name, "subjects", List.of(subject), "hireDate", hireDate));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        teachers.add(created.id());
        position = created.position();
        return created.id();
    }

    /** The teacher at this index, signed in as a user linked to that teacher. */
    public Api teacher(int index) {
        return teacherUsers.computeIfAbsent(teachers.get(index), teacherId -> createUser("teacher-" + index,
                Map.of("roles", List.of("TEACHER"), "schoolId", id, "teacherId", teacherId)));
    }

    /** The user name this school gave its user of that name. */
    String username(String name) {
        return name + "-" + tag;
    }

    private Api createUser(String name, Map<String, Object> grants) {
        return admin.anonymous().signIn(register(name, grants), PASSWORD);
    }

    /** Creates a user with the given grants and the common test password; answers the user name. */
    String register(String name, Map<String, Object> grants) {
        String username = username(name);
        Map<String, Object> user = new LinkedHashMap<>(grants);
        user.put("username", username);
        user.put("password", PASSWORD);
        Api.Response created = admin.post("/api/users", user);
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return username;
    }

    public Map<String, Object> association(String name, String subject, List<String> memberIds) {
        return association(name, subject, memberIds, java.time.LocalDate.of(2026, 8, 28));
    }

    /** An association opened by an order of that day, on a proposal and councils' decisions of the days before. */
    public Map<String, Object> association(String name, String subject, List<String> memberIds, java.time.LocalDate opened) {
        return Map.of(
                "name", name,
                "kind", "SUBJECT_AREA",
                "educationalAreas", List.of("Табигый илимдер"),
                "subjects", List.of(subject),
                "memberIds", memberIds,
                "order", Map.of("number", "45-б", "date", opened.toString()),
                "proposal", Map.of("by", "DEPUTY_TEACHING", "number", "12", "date", opened.minusDays(3).toString()),
                "pedagogicalCouncilDecision", Map.of("number", "1", "date", opened.minusDays(8).toString()),
                "methodologicalCouncilApproval", Map.of("number", "1", "date", opened.minusDays(6).toString()));
    }

    public String associations() {
        return "/api/schools/" + id + "/associations";
    }
}
