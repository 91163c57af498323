package kg.mektep.birikme.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kg.mektep.birikme.api.admin.DeadLetterGroup;
import kg.mektep.birikme.api.admin.DeadLetterRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Dead letters (administrator)")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Per projection: the events it could not handle, why, how often tried; the latest evictions")
    List<DeadLetterGroup> deadLetters() {
        AdminReader.require();
        return deadLetters.all();
    }

    @PostMapping("/{group}/retry")
    @Operation(summary = "Handle the projection's dead letters again: how many succeeded, how many are still dead")
    DeadLetterRetry retry(@PathVariable String group) {
        AdminReader.require();
        return deadLetters.retry(group);
    }

    @DeleteMapping("/{group}/{letterId}")
    @Operation(summary = "Evict one dead letter unprocessed; the eviction is kept with who made it")
    ResponseEntity<Void> evict(@PathVariable String group, @PathVariable String letterId) {
        String admin = AdminReader.require().userId();
        deadLetters.evict(group, letterId, admin);
        return ResponseEntity.noContent().build();
    }
}
