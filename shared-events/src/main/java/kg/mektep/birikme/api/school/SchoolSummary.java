package kg.mektep.birikme.api.school;

public record SchoolSummary(String schoolId, String name, String district, String timeZone) {
}
