package kg.mektep.birikme.api.association;

import java.util.List;

public record MemberList(String associationId, String name, List<Member> members) {

    /** A member; {@code role} is CHAIR or MEMBER, {@code youngTeacher} is R17's flag as of today. */
    public record Member(String teacherId,
                         String fullName,
                         List<String> subjects,
                         java.time.LocalDate hireDate,
                         boolean youngTeacher,
                         String role) {
    }
}
