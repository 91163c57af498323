package kg.mektep.birikme.api.recordfile;

import java.time.LocalDate;
import java.util.List;

/**
 * One rule of DOMAIN.md checked from the record: its code (R1, R5, ...) and clause, its status,
 * the day it was due by (null where it holds at all times), when not met a stable {@code finding}
 * code with what is missing, and the events that bear it out.
 */
public record RuleCheck(String rule, String clause, RuleStatus status, LocalDate dueBy, String finding,
                        List<String> missing, List<Evidence> evidence) {
}
