package kg.mektep.birikme.command.recordfile;

import kg.mektep.birikme.api.recordfile.FileUpload;
import kg.mektep.birikme.api.recordfile.RegisterDocumentCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores the bytes of a document's file once the aggregate has accepted the command, in the
 * command's own transaction: the row commits with the event that names its hash, or neither does.
 */
class DocumentFileStore implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcClient jdbc;

    DocumentFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork.getMessage().getPayload() instanceof RegisterDocumentCommand command && command.file() != null) {
            FileUpload file = command.file();
            jdbc.sql("""
                    INSERT INTO document_file (document_id, school_id, association_id, content_type, size, sha256, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(command.documentId(), command.schoolId(), command.associationId(),
                            FileContent.sniff(file.content()).orElseThrow(), file.size(),
                            FileContent.sha256(file.content()), file.content())
                    .update();
        }
        return result;
    }
}
