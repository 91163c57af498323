package kg.mektep.birikme.standalone.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.standalone.Api;
import kg.mektep.birikme.standalone.School;

/**
 * The school of one worker, prepared before timing: its director, deputies and staff, two
 * associations (the worker's of {@code size} members, and one of four), an elected chair and a
 * drafted annual plan. {@link #next} sends the next command of a cycle that a school's year
 * repeats without end: a teacher is registered and joins the association, the chair revises the
 * annual plan, schedules a meeting and records its protocol, the new teacher leaves, the members
 * record the chair's election again, and every fifth cycle the director creates another association.
 */
final class Workload {

    static final String SUBJECT = "Математика";

    private final School school;
    private final Api director;
    private final Api chair;
    private final String association;
    private final String plan;
    private final List<String> members;
    private final int year;
    private final String meetingDate;
    private int step;
    private int cycle;
    private String joining;

    private Workload(School school, int size, int year) {
        this.school = school;
        this.director = school.director;
        this.year = year;
        // A protocol records a meeting held: the meeting is on the year's eleventh day, or today if that is still ahead.
        LocalDate eleventhDay = new SchoolYear(year).firstDay().plusDays(10);
        this.meetingDate = (eleventhDay.isAfter(LocalDate.now()) ? LocalDate.now() : eleventhDay).toString();
        this.members = new ArrayList<>(school.teachers.subList(0, size));
        Api.Response created = require(director.post(school.associations(),
                school.association("Математика бирикмеси", SUBJECT, members)));
        this.association = school.associations() + "/" + created.id();
        require(director.post(school.associations(),
                school.association("Табигый илимдер бирикмеси", SUBJECT, school.teachers.subList(size - 4, size))));
        this.chair = school.teacher(0);
        require(chair.post(association + "/chair/election",
                Map.of("teacherId", school.teachers.get(0), "meetingDate", meetingDate)));
        this.plan = "/api/schools/" + school.id + "/annual-plans/" + require(chair.post(association + "/annual-plans",
                Map.of("schoolYear", year, "content", planContent("Сабаттуулукту жогорулатуу", 0)))).id();
    }

    /** A school registered by the administrator with {@code size} teachers in its worker's association (4 to 12). */
    static Workload prepare(Api admin, int index, int size) {
        String[] names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = "Мугалим " + index + "-" + i;
        }
        School school = School.register(admin, "№" + (index + 1) + " мектеп").withTeachers(SUBJECT, names);
        return new Workload(school, size, SchoolYear.containing(LocalDate.now()).startYear());
    }

    /** Sends the next command of the cycle and records its answer. */
    void next(Recorder recorder) {
        switch (step) {
            case 0 -> {
                Api.Response registered = send(recorder, "register teacher", () -> director.post(
                        "/api/schools/" + school.id + "/teachers",
                        Map.of("fullName", "Жаңы мугалим " + cycle, "subjects", List.of(SUBJECT), "hireDate", "2024-09-01")));
                joining = ok(registered) ? registered.id() : null;
            }
            case 1 -> {
                if (joining != null && ok(send(recorder, "add member", () -> director.post(association + "/members",
                        Map.of("teacherId", joining))))) {
                    members.add(joining);
                }
            }
            case 2 -> send(recorder, "revise annual plan", () -> chair.post(plan + "/revisions",
                    Map.of("content", planContent("Сабаттуулукту жогорулатуу, " + cycle + "-нускасы", cycle))));
            case 3 -> send(recorder, "schedule meeting", () -> chair.post(association + "/meetings",
                    Map.of("date", meetingDate, "agenda", List.of("Ачык сабактардын жыйынтыгы " + cycle))));
            case 4 -> send(recorder, "record protocol", () -> chair.post(association + "/protocols", protocol()));
            case 5 -> {
                if (members.contains(joining) && ok(send(recorder, "remove member",
                        () -> director.delete(association + "/members/" + joining + "?reason=transfer")))) {
                    members.remove(joining);
                }
            }
            case 6 -> send(recorder, "elect chair", () -> chair.post(association + "/chair/election",
                    Map.of("teacherId", school.teachers.get(0), "meetingDate", meetingDate)));
            default -> send(recorder, "create association", () -> director.post(school.associations(),
                    school.association("Бирикме " + cycle, SUBJECT, school.teachers.subList(0, 4))));
        }
        step++;
        if (step == 7 && cycle % 5 != 4 || step > 7) {
            step = 0;
            cycle++;
        }
    }

    /**
     * Read-your-write lag: a teacher joins, a protocol is recorded, the teacher leaves; after each
     * acknowledgement the director reads until the change shows: without {@code ?after=}, again and
     * again, or, {@code withAfter}, once with {@code ?after=} and the position the command answered
     * (again and again without it only if that answer missed the change, which is counted).
     */
    void probe(Recorder recorder, boolean withAfter) {
        Api.Response registered = send(recorder, "register teacher", () -> director.post(
                "/api/schools/" + school.id + "/teachers",
                Map.of("fullName", "Жаңы мугалим " + cycle, "subjects", List.of(SUBJECT), "hireDate", "2024-09-01")));
        if (!ok(registered)) {
            return;
        }
        String teacher = registered.id();
        Api.Response added = send(recorder, "add member", () -> director.post(association + "/members", Map.of("teacherId", teacher)));
        if (ok(added)) {
            members.add(teacher);
            awaitVisible(recorder, association + "/members", withAfter ? added : null,
                    answer -> answer.status() == 200 && answer.body().contains(teacher));
        }
        Api.Response recorded = send(recorder, "record protocol", () -> chair.post(association + "/protocols", protocol()));
        if (ok(recorded)) {
            int number = recorded.json().path("number").asInt();
            awaitVisible(recorder, association + "/protocols/" + year + "/" + number, withAfter ? recorded : null,
                    answer -> answer.status() == 200);
        }
        Api.Response removed = members.contains(teacher)
                ? send(recorder, "remove member", () -> director.delete(association + "/members/" + teacher + "?reason=transfer"))
                : null;
        if (ok(removed)) {
            members.remove(teacher);
            awaitVisible(recorder, association + "/members", withAfter ? removed : null,
                    answer -> answer.status() == 200 && !answer.body().contains(teacher));
        }
        cycle++;
    }

    private void awaitVisible(Recorder recorder, String path, Api.Response acknowledgement, Predicate<Api.Response> visible) {
        long acknowledged = System.nanoTime();
        if (acknowledgement != null) {
            long position = acknowledgement.json().path("position").asLong();
            if (visible.test(director.get(path + "?after=" + position))) {
                recorder.lag.add(System.nanoTime() - acknowledged);
                return;
            }
            recorder.afterAnswersWithoutTheChange++;
        }
        long giveUp = acknowledged + 10_000_000_000L;
        while (System.nanoTime() < giveUp) {
            if (visible.test(director.get(path))) {
                recorder.lag.add(System.nanoTime() - acknowledged);
                return;
            }
        }
        recorder.lagTimeouts++;
    }

    private Map<String, Object> protocol() {
        return Map.of(
                "date", meetingDate,
                "presentIds", List.copyOf(members),
                "agenda", List.of("Жылдык иш планынын аткарылышы"),
                "heard", List.of(Map.of("speaker", school.teachers.get(0), "subject", "Ачык сабактар")),
                "resolutions", List.of(Map.of("text", "Маалымат эске алынсын")));
    }

    private Map<String, Object> planContent(String goal, int revision) {
        LocalDate start = new SchoolYear(year).firstDay();
        return Map.of(
                "theme", Map.of("title", "Окуучулардын функционалдык сабаттуулугун өнүктүрүү", "goal", goal,
                        "directions", List.of("Математикалык сабаттуулук"), "tasks", List.of("Ачык сабактар", "Өз ара катышуу")),
                "activities", List.of(
                        Map.of("kind", "MEETING", "title", "Жылдын биринчи отуруму", "date", start.plusDays(1).toString()),
                        Map.of("kind", "OPEN_LESSON", "title", "Ачык сабак", "date", start.plusMonths(2).toString(),
                                "teacherId", school.teachers.get(1), "topic", "Бөлчөктөр " + revision, "className", "6-А"),
                        Map.of("kind", "SEMINAR", "title", "Семинар", "date", start.plusMonths(4).toString())),
                "grounds", Map.of("schoolPlan", "Мектептин иш планы",
                        "districtRecommendations", "Райондук усулдук кабинеттин сунуштары"));
    }

    private static Api.Response send(Recorder recorder, String kind, java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        try {
            Api.Response response = request.get();
            long nanos = System.nanoTime() - started;
            boolean success = ok(response);
            recorder.answered(kind, nanos, success, success ? null : errorKind(response));
            return response;
        } catch (RuntimeException e) {
            recorder.answered(kind, System.nanoTime() - started, false, "exception " + e.getClass().getSimpleName());
            return null;
        }
    }

    private static String errorKind(Api.Response response) {
        String code = "";
        try {
            code = response.json().path("code").asText("");
        } catch (RuntimeException notJson) {
            // the status alone
        }
        return code.isEmpty() ? String.valueOf(response.status()) : response.status() + " " + code;
    }

    private static boolean ok(Api.Response response) {
        return response != null && response.status() / 100 == 2;
    }

    private static Api.Response require(Api.Response response) {
        if (!ok(response)) {
            throw new IllegalStateException("Preparation failed (" + response.status() + "): " + response.body());
        }
        return response;
    }
}
