package kg.mektep.birikme.query.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.mektep.birikme.api.admin.ProjectionStatus;
import kg.mektep.birikme.api.admin.RebuildView;
import kg.mektep.birikme.query.admin.Projections.Projection;
import kg.mektep.birikme.query.web.NotFoundException;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Where each projection stands: its processor's position against the head of the log, its dead
 * letters, and its rebuild. A rebuild's position is read from its committed tokens, so any replica
 * can tell it; the rate and the time left come from the replica that runs it.
 */
@Component
class ProjectionStatuses {

    private final Projections projections;
    private final RebuildProcessors processors;
    private final ProjectionRebuilds rebuilds;
    private final RebuildRecords records;
    private final TokenPositions positions;
    private final DeadLetters deadLetters;

    ProjectionStatuses(Projections projections, RebuildProcessors processors, ProjectionRebuilds rebuilds,
                       RebuildRecords records, TokenPositions positions, DeadLetters deadLetters) {
        this.projections = projections;
        this.processors = processors;
        this.rebuilds = rebuilds;
        this.records = records;
        this.positions = positions;
        this.deadLetters = deadLetters;
    }

    List<ProjectionStatus> all() {
        long head = positions.head();
        return projections.all().stream().map(projection -> status(projection, head)).toList();
    }

    ProjectionStatus of(String group) {
        return status(projections.find(group).orElseThrow(() -> new NotFoundException(group)), positions.head());
    }

    private ProjectionStatus status(Projection projection, long head) {
        Optional<StreamingEventProcessor> live = processors.live(projection.group());
        Long position = live.map(processor -> positions.position(processor.getName(), processor.processingStatus()))
                .orElse(null);
        Optional<RebuildRow> last = records.last(projection.group());
        String state = last.filter(row -> row.endedAt() == null).isPresent() ? "REBUILDING"
                : live.filter(StreamingEventProcessor::isRunning).isPresent() ? "RUNNING" : "STOPPED";
        return new ProjectionStatus(projection.group(), state, position == null ? 0 : position, head,
                projection.tables(), deadLetters.count(projection.group()),
                last.map(row -> view(projection, row, head)).orElse(null));
    }

    private RebuildView view(Projection projection, RebuildRow row, long head) {
        if (row.endedAt() != null) {
            return new RebuildView(row.outcome(), row.startedAt(), row.startedBy(), null, null, null, null,
                    row.resumedFrom(), null, row.endedAt(), row.endedBy());
        }
        Long stored = positions.position(projection.shadowProcessor(), Map.of());
        long position = stored == null ? 0 : stored;
        Optional<Rebuild> local = rebuilds.running(projection.group());
        Double rate = local.map(Rebuild::eventsPerSecond).orElse(null);
        Long secondsLeft = rate == null || rate <= 0 ? null : (long) Math.ceil(Math.max(0, head - position) / rate);
        return new RebuildView("RUNNING", row.startedAt(), row.startedBy(), position, head, rate, secondsLeft,
                row.resumedFrom(), local.map(Rebuild::error).orElse(null), null, null);
    }
}
