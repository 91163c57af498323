package kg.mektep.birikme.query.recordfile;

import java.util.Optional;
import kg.mektep.birikme.api.recordfile.FindRecordFileQuery;
import kg.mektep.birikme.api.recordfile.FindRegisteredDocumentQuery;
import kg.mektep.birikme.api.recordfile.RecordFile;
import kg.mektep.birikme.api.recordfile.RegisteredDocument;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class RecordFileQueries {

    private final AssociationYears years;
    private final RecordFileAssessment assessment;
    private final JdbcClient jdbc;

    RecordFileQueries(AssociationYears years, RecordFileAssessment assessment, JdbcClient jdbc) {
        this.years = years;
        this.assessment = assessment;
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<RecordFile> handle(FindRecordFileQuery query) {
        return years.of(query.schoolId(), query.associationId(), query.schoolYear()).map(assessment::assess);
    }

    @QueryHandler
    Optional<RegisteredDocument> handle(FindRegisteredDocumentQuery query) {
        return jdbc.sql("SELECT * FROM rm_record_document WHERE document_id = ? AND association_id = ? AND school_id = ?")
                .params(query.documentId(), query.associationId(), query.schoolId())
                .query((rs, n) -> AssociationYears.document(rs)).optional();
    }
}
