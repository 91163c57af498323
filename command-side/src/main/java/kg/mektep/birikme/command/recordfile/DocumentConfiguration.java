package kg.mektep.birikme.command.recordfile;

import jakarta.servlet.MultipartConfigElement;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    /** Room for the request's other part, the document's description, beside the largest file. */
    private static final long DESCRIPTION_ALLOWANCE = DataSize.ofKilobytes(64).toBytes();

    @Bean
    DocumentLimits documentLimits(@Value("${birikme.documents.max-size:5MB}") DataSize maxSize) {
        return new DocumentLimits(maxSize.toBytes());
    }

    /**
     * An upload is cut off at the documents' limit while it is read, before any handler sees it,
     * so no request holds more than that in memory or on disk.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(DocumentLimits limits) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(limits.maxBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(limits.maxBytes() + DESCRIPTION_ALLOWANCE));
        return factory.createMultipartConfig();
    }

    @Autowired
    void filesStoredWithTheirEvents(CommandBus commandBus, JdbcClient jdbc) {
        commandBus.registerHandlerInterceptor(new DocumentFileStore(jdbc));
    }
}
