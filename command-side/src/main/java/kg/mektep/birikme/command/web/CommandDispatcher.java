package kg.mektep.birikme.command.web;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_SCHOOL_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.CORRELATION_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.SCHOOL_ID;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/** Sends a command with the metadata every event must carry, waits for it, and says where it landed. */
@Component
public class CommandDispatcher {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final CommandGateway gateway;
    private final EventPositions positions;

    CommandDispatcher(CommandGateway gateway, EventPositions positions) {
        this.gateway = gateway;
        this.positions = positions;
    }

    /** Sends a command that creates something: 201, its location, and where its events landed. */
    public ResponseEntity<Accepted> created(Object command, String aggregateId, String schoolId, Actor actor,
                                            String location) {
        return ResponseEntity.created(location(location)).body(send(command, aggregateId, schoolId, actor));
    }

    /** As above, for a record read in a list of one school year: its location is that list, with {@code ?year=}. */
    public ResponseEntity<Accepted> created(Object command, String aggregateId, String schoolId, Actor actor,
                                            String list, int year) {
        return ResponseEntity.created(URI.create(location(list) + "?year=" + year))
                .body(send(command, aggregateId, schoolId, actor));
    }

    /**
     * A location in this API from a path built of the ids the request named. Each character a path
     * cannot hold as it is (a space, a per cent sign, a letter outside ASCII) is percent-encoded, so a
     * strange id is answered by the rules, not by a failure to write the answer.
     */
    public static URI location(String path) {
        return URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8));
    }

    /** Sends a command that acts on something existing: 202 and where its events landed. */
    public ResponseEntity<Accepted> accepted(Object command, String aggregateId, String schoolId, Actor actor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(send(command, aggregateId, schoolId, actor));
    }

    public Accepted send(Object command, String aggregateId, String schoolId, Actor actor) {
        return sendForResult(command, aggregateId, schoolId, actor).accepted();
    }

    /** What a command answers besides where it landed, e.g. the number a protocol book gave. */
    public record Result(Accepted accepted, Object value) {
    }

    public Result sendForResult(Object command, String aggregateId, String schoolId, Actor actor) {
        Map<String, String> values = new HashMap<>(Map.of(
                SCHOOL_ID, schoolId,
                ACTOR_ID, actor.userId(),
                ACTOR_ROLE, actor.rolesText(),
                CORRELATION_ID, correlationId()));
        if (actor.schoolId() != null) {
            values.put(ACTOR_SCHOOL_ID, actor.schoolId());
        }
        if (actor.teacherId() != null) {
            values.put(ACTOR_TEACHER_ID, actor.teacherId());
        }
        MetaData metaData = MetaData.from(values);
        Object value = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return new Result(new Accepted(aggregateId, positions.lastPositionOf(aggregateId)), value);
    }

    private static String correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String given = attributes.getRequest().getHeader(CORRELATION_HEADER);
            if (given != null && given.matches("[A-Za-z0-9._:-]{1,100}")) {
                return given;
            }
        }
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
