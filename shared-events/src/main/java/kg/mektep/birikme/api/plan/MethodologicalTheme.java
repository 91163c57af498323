package kg.mektep.birikme.api.plan;

import java.util.List;

/** R7 (clause 6.6): the methodological theme of the year: its goal, main directions and tasks. */
public record MethodologicalTheme(String title, String goal, List<String> directions, List<String> tasks) {
}
