package kg.mektep.birikme.command.recordfile;

import static kg.mektep.birikme.command.rules.RefusalMatchers.refusedWith;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.recordfile.AttachedFile;
import kg.mektep.birikme.api.recordfile.DocumentRegisteredEvent;
import kg.mektep.birikme.api.recordfile.FileUpload;
import kg.mektep.birikme.api.recordfile.RecordFileKind;
import kg.mektep.birikme.api.recordfile.RegisterDocumentCommand;
import kg.mektep.birikme.command.plan.InMemoryAssociationRegistry;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R13 (clause 6): documents of the record file kept outside the system, and the files attached to them. */
class RecordFileDocumentTest {

    private static final String SCHOOL = "school-naryn-3";
    private static final String ASSOCIATION = "ma-tarykh";
    private static final String CHAIR = "t-gulnara";
    private static final String MEMBER = "t-nurlan";
    private static final LocalDate DATE = LocalDate.of(2026, 8, 29);
    private static final long LIMIT = 1024;
    private static final String TITLE = "Тарых мугалимдеринин усулдук бирикмеси жөнүндө жобо";
    private static final String REFERENCE = "Директордун 2026-08-29 күнкү №47 буйругу менен бекитилген";

    private FixtureConfiguration<RecordFileDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RecordFileDocument.class);
        fixture.registerInjectableResource(new DocumentLimits(LIMIT));
        fixture.registerInjectableResource(new InMemoryAssociationRegistry()
                .withAssociation(ASSOCIATION, SCHOOL, CHAIR, MEMBER, "t-3", "t-4")
                .withAssociation("ma-dissolved", SCHOOL, CHAIR, MEMBER, "t-3", "t-4").dissolve("ma-dissolved"));
    }

    private static Map<String, Object> teacher(String teacherId) {
        return Map.of(MetadataKeys.ACTOR_ID, "user-" + teacherId, MetadataKeys.ACTOR_ROLE, "TEACHER",
                MetadataKeys.ACTOR_TEACHER_ID, teacherId);
    }

    private static Map<String, Object> office(String role) {
        return Map.of(MetadataKeys.ACTOR_ID, "user-" + role, MetadataKeys.ACTOR_ROLE, role);
    }

    private static RegisterDocumentCommand register(RecordFileKind kind, FileUpload file) {
        return register(ASSOCIATION, kind, TITLE, DATE, REFERENCE, file);
    }

    private static RegisterDocumentCommand register(String association, RecordFileKind kind, String title,
                                                    LocalDate date, String reference, FileUpload file) {
        return new RegisterDocumentCommand("doc-1", SCHOOL, association, kind, title, date, reference, file);
    }

    @Test
    void theChairRegistersTheRegulationWithItsFileKnownByItsBytes() {
        byte[] pdf = TestFiles.pdf();
        fixture.givenNoPriorActivity()
                .when(register(ASSOCIATION, RecordFileKind.REGULATION, "  " + TITLE + " ", DATE, " " + REFERENCE,
                        new FileUpload("C:\\Документтер\\жобо.pdf", "application/pdf", pdf)), teacher(CHAIR))
                .expectEvents(new DocumentRegisteredEvent("doc-1", SCHOOL, ASSOCIATION, RecordFileKind.REGULATION, TITLE,
                        DATE, REFERENCE, new AttachedFile("жобо.pdf", "application/pdf", pdf.length,
                        FileContent.sha256(pdf)), "user-" + CHAIR));
    }

    @Test
    void theDirectorOrADeputyRegistersJobDutiesWithoutAFile() {
        for (String role : new String[] {"DIRECTOR", "DEPUTY_TEACHING", "DEPUTY_METHODOLOGY"}) {
            fixture.givenNoPriorActivity().when(register(RecordFileKind.JOB_DUTIES, null), office(role))
                    .expectEvents(new DocumentRegisteredEvent("doc-1", SCHOOL, ASSOCIATION, RecordFileKind.JOB_DUTIES,
                            TITLE, DATE, REFERENCE, null, "user-" + role));
        }
    }

    @Test
    void everyKeptTypeIsAccepted() {
        Map<String, byte[]> files = Map.of(FileContent.PNG, TestFiles.png(), FileContent.JPEG, TestFiles.jpeg(),
                FileContent.DOCX, TestFiles.docx(), FileContent.ODT, TestFiles.odt());
        files.forEach((type, bytes) -> fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.JOB_DUTIES, new FileUpload("милдеттер", type + "; charset=binary", bytes)),
                        teacher(CHAIR))
                .expectEvents(new DocumentRegisteredEvent("doc-1", SCHOOL, ASSOCIATION, RecordFileKind.JOB_DUTIES, TITLE,
                        DATE, REFERENCE, new AttachedFile("милдеттер", type, bytes.length, FileContent.sha256(bytes)),
                        "user-" + CHAIR)));
    }

    @Test
    void aMemberWhoIsNotTheChairDoesNotFileDocuments() {
        fixture.givenNoPriorActivity().when(register(RecordFileKind.REGULATION, null), teacher(MEMBER))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_THE_CHAIR));
    }

    @Test
    void documentsTheSystemMakesItselfAreNotRegistered() {
        for (RecordFileKind kind : RecordFileKind.values()) {
            if (!kind.keptOutside()) {
                fixture.givenNoPriorActivity().when(register(kind, null), teacher(CHAIR))
                        .expectNoEvents().expectException(refusedWith(Refusal.DOCUMENT_KIND_NOT_REGISTRABLE, kind.clause()));
            }
        }
    }

    @Test
    void aDocumentHasAKindTitleDateAndReference() {
        fixture.givenNoPriorActivity().when(register(ASSOCIATION, null, TITLE, DATE, REFERENCE, null), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "kind"));
        fixture.givenNoPriorActivity()
                .when(register(ASSOCIATION, RecordFileKind.REGULATION, " ", DATE, REFERENCE, null), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "title"));
        fixture.givenNoPriorActivity()
                .when(register(ASSOCIATION, RecordFileKind.REGULATION, TITLE, null, REFERENCE, null), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "date"));
        fixture.givenNoPriorActivity()
                .when(register(ASSOCIATION, RecordFileKind.REGULATION, TITLE, DATE, "", null), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FIELD_REQUIRED, "reference"));
    }

    static Stream<Arguments> fileNames() {
        String longest = "ж".repeat(251) + ".pdf";
        return Stream.of(
                Arguments.of(longest, longest),
                Arguments.of("папка/" + longest + "ж", longest),
                Arguments.of(null, null),
                Arguments.of("C:\\Документтер\\", null),
                Arguments.of("  ", null));
    }

    /** The name is the last part of the path sent, cut to 255 characters; none is kept when none was sent. */
    @ParameterizedTest
    @MethodSource("fileNames")
    void aFileNameIsCutTo255CharactersAndAFileSentWithoutANameKeepsNone(String given, String kept) {
        byte[] pdf = TestFiles.pdf();
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload(given, "application/pdf", pdf)), teacher(CHAIR))
                .expectEvents(new DocumentRegisteredEvent("doc-1", SCHOOL, ASSOCIATION, RecordFileKind.REGULATION,
                        TITLE, DATE, REFERENCE, new AttachedFile(kept, "application/pdf", pdf.length,
                        FileContent.sha256(pdf)), "user-" + CHAIR));
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() {
        byte[] atTheLimit = java.util.Arrays.copyOf(TestFiles.pdf(), (int) LIMIT);
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо.pdf", "application/pdf", atTheLimit)),
                        teacher(CHAIR))
                .expectSuccessfulHandlerExecution();
        byte[] overTheLimit = java.util.Arrays.copyOf(TestFiles.pdf(), (int) LIMIT + 1);
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо.pdf", "application/pdf", overTheLimit)),
                        teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TOO_LARGE, LIMIT));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWhateverItsNameOrDeclaredType() {
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо.pdf", "application/pdf", TestFiles.text())),
                        teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TYPE_NOT_ALLOWED, "application/pdf"));
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо.ods", FileContent.ODT, TestFiles.ods())),
                        teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TYPE_NOT_ALLOWED, FileContent.ODT));
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("бош.pdf", "application/pdf", new byte[0])),
                        teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TYPE_NOT_ALLOWED, "application/pdf"));
    }

    @Test
    void theDeclaredTypeMustBeTheTypeOfTheBytes() {
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо.pdf", "application/pdf", TestFiles.png())),
                        teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TYPE_MISMATCH, "application/pdf", "image/png"));
        fixture.givenNoPriorActivity()
                .when(register(RecordFileKind.REGULATION, new FileUpload("жобо", null, TestFiles.pdf())), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.FILE_TYPE_MISMATCH, "", "application/pdf"));
    }

    @Test
    void noDocumentForADissolvedOrUnknownAssociation() {
        fixture.givenNoPriorActivity()
                .when(register("ma-dissolved", RecordFileKind.REGULATION, TITLE, DATE, REFERENCE, null), teacher(CHAIR))
                .expectNoEvents().expectException(refusedWith(Refusal.ASSOCIATION_DISSOLVED, "ma-dissolved"));
        fixture.givenNoPriorActivity()
                .when(register("ma-none", RecordFileKind.REGULATION, TITLE, DATE, REFERENCE, null), office("DIRECTOR"))
                .expectNoEvents().expectException(refusedWith(Refusal.NOT_FOUND, "ma-none"));
    }
}
