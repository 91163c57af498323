package kg.mektep.birikme.api.admin;

import java.util.List;

/** The dead letters of one projection (processing group) and its latest evictions. */
public record DeadLetterGroup(String group, List<DeadLetterView> letters, List<DeadLetterEviction> evictions) {
}
