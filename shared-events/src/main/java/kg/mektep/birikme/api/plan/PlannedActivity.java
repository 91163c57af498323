package kg.mektep.birikme.api.plan;

import java.time.LocalDate;

/** One planned activity; open lessons name their teacher, topic and class. */
public record PlannedActivity(ActivityKind kind,
                              String title,
                              LocalDate date,
                              String teacherId,
                              String topic,
                              String className) {
}
