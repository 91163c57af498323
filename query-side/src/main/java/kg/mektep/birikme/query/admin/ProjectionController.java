package kg.mektep.birikme.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import kg.mektep.birikme.api.admin.ProjectionStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections (administrator)")
class ProjectionController {

    private final ProjectionRebuilds rebuilds;
    private final ProjectionStatuses statuses;

    ProjectionController(ProjectionRebuilds rebuilds, ProjectionStatuses statuses) {
        this.rebuilds = rebuilds;
        this.statuses = statuses;
    }

    @GetMapping
    @Operation(summary = "Every projection: status, position reached, head of the log, dead letters, rebuild progress")
    List<ProjectionStatus> projections() {
        AdminReader.require();
        return statuses.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection and its rebuild: position, head, events per second, seconds left")
    ProjectionStatus projection(@PathVariable String name) {
        AdminReader.require();
        return statuses.of(name);
    }

    @PostMapping("/{name}/rebuild")
    @Operation(summary = "Rebuild the projection from the start of the log; reads use the previous copy until done")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        String admin = AdminReader.require().userId();
        rebuilds.rebuild(name, admin);
        URI progress = UriComponentsBuilder.fromPath("/api/admin/projections/{name}").buildAndExpand(name).toUri();
        return ResponseEntity.accepted().location(progress).body(statuses.of(name));
    }

    @DeleteMapping("/{name}/rebuild")
    @Operation(summary = "Cancel the projection's rebuild, if one runs; the live copy stays")
    ResponseEntity<Void> cancel(@PathVariable String name) {
        String admin = AdminReader.require().userId();
        rebuilds.cancel(name, admin);
        return ResponseEntity.noContent().build();
    }
}
