package kg.mektep.birikme.command.archive;

import static kg.mektep.birikme.command.rules.Rules.orEmpty;
import static kg.mektep.birikme.command.rules.Rules.require;
import static kg.mektep.birikme.command.rules.Rules.requirePresent;
import static kg.mektep.birikme.command.rules.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.mektep.birikme.command.axon.CommandSideAxonConfig;
import kg.mektep.birikme.api.archive.ArchiveDocuments;
import kg.mektep.birikme.api.archive.DisposalActRecordedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldLiftedEvent;
import kg.mektep.birikme.api.archive.DocumentHoldPlacedEvent;
import kg.mektep.birikme.api.archive.LiftDocumentHoldCommand;
import kg.mektep.birikme.api.archive.PlaceDocumentHoldCommand;
import kg.mektep.birikme.api.archive.RecordDisposalActCommand;
import kg.mektep.birikme.api.archive.RecordTransferActCommand;
import kg.mektep.birikme.api.archive.RetainedDocument;
import kg.mektep.birikme.api.archive.RetentionTerms;
import kg.mektep.birikme.api.archive.TransferActRecordedEvent;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.command.school.SchoolCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A school's archive (R12, clause 5.9): the acts that hand documents over after their three years at
 * school and dispose of them after ten years in the archive, and the holds that stop a disposal.
 * One per school, so that two acts naming the same document are decided one after the other. The
 * documents themselves, and the school year each was closed in, come from the {@link ArchiveRegistry};
 * the terms from {@link RetentionTerms}; today from the school's calendar.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = CommandSideAxonConfig.AGGREGATE_CACHE)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Revision("1")
public class SchoolArchive {

    @AggregateIdentifier
    private String archiveId;
    private String schoolId;
    /** The day of the transfer act of every document handed over, disposed ones included. */
    private final Map<String, LocalDate> transferred = new HashMap<>();
    /** The number of the disposal act of every document disposed of. */
    private final Map<String, String> disposed = new HashMap<>();
    /** The reason of each hold standing. */
    private final Map<String, String> holds = new HashMap<>();

    protected SchoolArchive() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTransferActCommand command, ArchiveRegistry registry, SchoolCalendar calendar) {
        open(command.archiveId(), command.schoolId());
        requireAct(command.actId(), command.number(), command.date(), calendar);
        requireText(command.handedOverBy(), "handedOverBy");
        requireText(command.receivedBy(), "receivedBy");
        List<RetainedDocument> documents = listed(command.documentIds(), registry);
        for (RetainedDocument document : documents) {
            requireNotDisposed(document.documentId());
            requireNotYetTransferred(document.documentId());
            requireThreeYearsAtSchoolOver(document, command.date());
        }
        apply(new TransferActRecordedEvent(archiveId, schoolId, command.actId(), command.number().strip(),
                command.date(), command.handedOverBy().strip(), command.receivedBy().strip(), documents));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDisposalActCommand command, ArchiveRegistry registry, SchoolCalendar calendar) {
        open(command.archiveId(), command.schoolId());
        requireAct(command.actId(), command.number(), command.date(), calendar);
        List<String> commission = orEmpty(command.commission()).stream().filter(name -> !name.isBlank())
                .map(String::strip).toList();
        require(!commission.isEmpty(), Refusal.FIELD_REQUIRED, "commission");
        List<RetainedDocument> documents = listed(command.documentIds(), registry);
        for (RetainedDocument document : documents) {
            requireNotDisposed(document.documentId());
            requireInArchive(document.documentId());
            requireTenYearsInArchiveOver(document.documentId(), command.date());
            requireNoHold(document.documentId());
        }
        apply(new DisposalActRecordedEvent(archiveId, schoolId, command.actId(), command.number().strip(),
                command.date(), commission, documents));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlaceDocumentHoldCommand command, ArchiveRegistry registry) {
        open(command.archiveId(), command.schoolId());
        RetainedDocument document = known(command.documentId(), registry);
        requireText(command.reason(), "reason");
        requireNotDisposed(document.documentId());
        require(!holds.containsKey(document.documentId()), Refusal.ALREADY_UNDER_HOLD, document.documentId());
        apply(new DocumentHoldPlacedEvent(archiveId, schoolId, document.associationId(), document.documentId(),
                document.kind(), document.schoolYear(), command.reason().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LiftDocumentHoldCommand command, ArchiveRegistry registry) {
        open(command.archiveId(), command.schoolId());
        RetainedDocument document = known(command.documentId(), registry);
        requireText(command.reason(), "reason");
        require(holds.containsKey(document.documentId()), Refusal.NOT_UNDER_HOLD, document.documentId());
        apply(new DocumentHoldLiftedEvent(archiveId, schoolId, document.associationId(), document.documentId(),
                document.kind(), document.schoolYear(), command.reason().strip()));
    }

    /** The archive of the command's school, whether it holds anything yet or not. */
    private void open(String id, String commandSchoolId) {
        require(id.equals(ArchiveDocuments.archiveOf(commandSchoolId)), Refusal.NOT_FOUND, id);
        if (archiveId == null) {
            archiveId = id;
            schoolId = commandSchoolId;
        }
    }

    /** An act has its number and a date no later than today in the school's time zone. */
    private void requireAct(String actId, String number, LocalDate date, SchoolCalendar calendar) {
        requireText(actId, "actId");
        requireText(number, "number");
        requirePresent(date, "date");
        LocalDate today = calendar.today(schoolId);
        require(!date.isAfter(today), Refusal.ACT_DATE_IN_FUTURE, date, today);
    }

    /** The documents an act names: at least one, each once, each a document of this school. */
    private List<RetainedDocument> listed(List<String> documentIds, ArchiveRegistry registry) {
        require(!orEmpty(documentIds).isEmpty(), Refusal.FIELD_REQUIRED, "documentIds");
        Set<String> seen = new LinkedHashSet<>();
        List<RetainedDocument> documents = new ArrayList<>();
        for (String documentId : orEmpty(documentIds)) {
            require(seen.add(documentId), Refusal.DOCUMENT_LISTED_TWICE, documentId);
            documents.add(known(documentId, registry));
        }
        return documents;
    }

    private RetainedDocument known(String documentId, ArchiveRegistry registry) {
        return registry.document(schoolId, documentId)
                .orElseThrow(() -> new RuleViolationException(Refusal.NOT_FOUND, documentId));
    }

    private void requireNotDisposed(String documentId) {
        require(!disposed.containsKey(documentId), Refusal.ALREADY_DISPOSED, documentId, disposed.get(documentId));
    }

    private void requireNotYetTransferred(String documentId) {
        require(!transferred.containsKey(documentId), Refusal.ALREADY_IN_ARCHIVE, documentId,
                transferred.get(documentId));
    }

    /** Clause 5.9: three years at school after the school year in which the document was closed. */
    private static void requireThreeYearsAtSchoolOver(RetainedDocument document, LocalDate actDate) {
        LocalDate due = RetentionTerms.transferDueOn(document.schoolYear());
        require(!actDate.isBefore(due), Refusal.TOO_EARLY, document.documentId(), due);
    }

    private void requireInArchive(String documentId) {
        require(transferred.containsKey(documentId), Refusal.NOT_IN_ARCHIVE, documentId);
    }

    /** Clause 5.9: ten years in the archive, counted from the transfer act. */
    private void requireTenYearsInArchiveOver(String documentId, LocalDate actDate) {
        LocalDate due = RetentionTerms.disposalDueOn(transferred.get(documentId));
        require(!actDate.isBefore(due), Refusal.ARCHIVE_TERM_NOT_PASSED, documentId, due);
    }

    private void requireNoHold(String documentId) {
        require(!holds.containsKey(documentId), Refusal.UNDER_HOLD, documentId, holds.get(documentId));
    }

    @EventSourcingHandler
    void on(TransferActRecordedEvent event) {
        archiveId = event.archiveId();
        schoolId = event.schoolId();
        event.documents().forEach(document -> transferred.put(document.documentId(), event.date()));
    }

    @EventSourcingHandler
    void on(DisposalActRecordedEvent event) {
        archiveId = event.archiveId();
        schoolId = event.schoolId();
        event.documents().forEach(document -> disposed.put(document.documentId(), event.number()));
    }

    @EventSourcingHandler
    void on(DocumentHoldPlacedEvent event) {
        archiveId = event.archiveId();
        schoolId = event.schoolId();
        holds.put(event.documentId(), event.reason());
    }

    @EventSourcingHandler
    void on(DocumentHoldLiftedEvent event) {
        holds.remove(event.documentId());
    }
}
