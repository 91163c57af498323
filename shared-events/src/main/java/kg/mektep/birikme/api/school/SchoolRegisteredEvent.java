package kg.mektep.birikme.api.school;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SchoolRegisteredEvent(String schoolId, String name, String district, String timeZone) {
}
