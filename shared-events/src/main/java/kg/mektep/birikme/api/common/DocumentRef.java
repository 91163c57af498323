package kg.mektep.birikme.api.common;

import java.time.LocalDate;

/**
 * A reference to a numbered, dated document kept outside the system: a director's order (буйрук),
 * a pedagogical-council decision or a methodological-council approval.
 */
public record DocumentRef(String number, LocalDate date) {
}
