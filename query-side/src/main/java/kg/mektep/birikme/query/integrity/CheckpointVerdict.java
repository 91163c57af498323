package kg.mektep.birikme.query.integrity;

/**
 * Whether the events stored today up to a checkpoint's position still give its link
 * ({@code recomputedLink} from {@code events} events, against the checkpoint's {@code link}).
 */
public record CheckpointVerdict(boolean matches, long position, String link, String recomputedLink, long events) {
}
