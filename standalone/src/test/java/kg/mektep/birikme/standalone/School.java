package kg.mektep.birikme.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a school with its staff over the HTTP API, as a deputy or director would. */
final class School {

    final String id;
    final List<String> teachers = new ArrayList<>();
    long position;

    private School(String id, long position) {
        this.id = id;
        this.position = position;
    }

    static School register(Api api, String name) {
        Api.Response created = api.post("/api/schools", Map.of("name", name, "district", "Бишкек шаары, Свердлов району"));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return new School(created.id(), created.position());
    }

    School withTeachers(Api api, String subject, String... names) {
        for (String name : names) {
            Api.Response created = api.post("/api/schools/" + id + "/teachers",
                    Map.of("fullName", name, "subjects", List.of(subject), "hireDate", "2015-09-01"));
            if (created.status() != 201) {
                throw new IllegalStateException(created.body());
            }
            teachers.add(created.id());
            position = created.position();
        }
        return this;
    }

    Map<String, Object> association(String name, String subject, List<String> memberIds) {
        return Map.of(
                "name", name,
                "kind", "SUBJECT_AREA",
                "educationalAreas", List.of("Табигый илимдер"),
                "subjects", List.of(subject),
                "memberIds", memberIds,
                "order", Map.of("number", "45-б", "date", "2026-08-28"),
                "proposal", Map.of("by", "DEPUTY_TEACHING", "number", "12", "date", "2026-08-25"),
                "pedagogicalCouncilDecision", Map.of("number", "1", "date", "2026-08-20"),
                "methodologicalCouncilApproval", Map.of("number", "1", "date", "2026-08-22"));
    }

    String associations() {
        return "/api/schools/" + id + "/associations";
    }
}
