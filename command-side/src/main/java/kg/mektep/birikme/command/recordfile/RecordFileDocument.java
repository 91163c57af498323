package kg.mektep.birikme.command.recordfile;

import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ID;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_ROLE;
import static kg.mektep.birikme.api.common.MetadataKeys.ACTOR_TEACHER_ID;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.DocumentRegisteredEvent;
import kg.mektep.birikme.api.recordfile.FileUpload;
import kg.mektep.birikme.api.recordfile.RegisterDocumentCommand;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.association.AssociationRegistry.AssociationFacts;
import kg.mektep.birikme.command.plan.PlanContentRules;
import kg.mektep.birikme.command.rules.Authority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A document of an association's record file kept outside the system (R13, clause 6): the
 * regulation on the association (6.3) or its teachers' job duties (6.4), registered with title,
 * date and reference, and optionally its file, checked by what its bytes are. The event keeps the
 * file's SHA-256, type and size; the bytes are stored beside it in the same transaction.
 */
@Aggregate(cache = CommandSideAxonConfig.AGGREGATE_CACHE)
public class RecordFileDocument {

    private static final int MAX_FILE_NAME = 255;

    @AggregateIdentifier
    private String documentId;

    protected RecordFileDocument() {
    }

    @CommandHandler
    public RecordFileDocument(RegisterDocumentCommand command, AssociationRegistry registry, DocumentLimits limits,
                              @MetaDataValue(ACTOR_ID) String actorId, @MetaDataValue(ACTOR_ROLE) String actorRoles,
                              @MetaDataValue(ACTOR_TEACHER_ID) String actorTeacherId) {
        AssociationFacts association =
                PlanContentRules.activeAssociation(registry, command.associationId(), command.schoolId());
        requireKeeperOfTheFile(association, actorRoles, actorTeacherId);
        requirePresent(command.kind(), "kind");
        require(command.kind().keptOutside(), Refusal.DOCUMENT_KIND_NOT_REGISTRABLE, command.kind().clause());
        requireText(command.title(), "title");
        requirePresent(command.date(), "date");
        requireText(command.reference(), "reference");
        AttachedFile file = command.file() == null ? null : attached(command.file(), limits);
        apply(new DocumentRegisteredEvent(command.documentId(), command.schoolId(), command.associationId(),
                command.kind(), command.title().strip(), command.date(), command.reference().strip(), file, actorId));
    }

    /**
     * Clause 5.6: the chair keeps the association's records. The director, who issues the orders
     * and the job duties, and the deputies, to whom the association reports and who control it
     * (1.7, 9), may file its documents too.
     */
    private static void requireKeeperOfTheFile(AssociationFacts association, String actorRoles, String actorTeacherId) {
        boolean office = Authority.hasRole(actorRoles, Role.DIRECTOR) || Authority.hasRole(actorRoles, Role.DEPUTY_TEACHING)
                || Authority.hasRole(actorRoles, Role.DEPUTY_METHODOLOGY);
        if (!office) {
            Authority.requireChair(actorTeacherId, association.chairId());
        }
    }

    /** No larger than the limit, of a type the record file keeps, and of the type its sender declared. */
    private static AttachedFile attached(FileUpload upload, DocumentLimits limits) {
        require(upload.size() <= limits.maxBytes(), Refusal.FILE_TOO_LARGE, limits.maxBytes());
        String declared = FileContent.normalise(upload.declaredType());
        String sniffed = FileContent.sniff(upload.content()).orElse(null);
        require(sniffed != null, Refusal.FILE_TYPE_NOT_ALLOWED, declared);
        require(sniffed.equals(declared), Refusal.FILE_TYPE_MISMATCH, declared, sniffed);
        return new AttachedFile(fileName(upload.fileName()), sniffed, upload.size(), FileContent.sha256(upload.content()));
    }

    /** The name without any folder a client put before it; none when blank. */
    private static String fileName(String given) {
        if (given == null) {
            return null;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }

    @EventSourcingHandler
    void on(DocumentRegisteredEvent event) {
        documentId = event.documentId();
    }
}
