package kg.mektep.birikme.api.common;

import java.time.LocalDate;

/** A deputy's proposal (сунуш) on which a director's order rests (clause 1.6). */
public record Proposal(Role by, String number, LocalDate date) {

    public boolean isByDeputy() {
        return by == Role.DEPUTY_TEACHING || by == Role.DEPUTY_METHODOLOGY;
    }
}
