package kg.mektep.birikme.query.log;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.api.log.EventLogPage;
import kg.mektep.birikme.api.log.FindEventLogQuery;
import kg.mektep.birikme.query.consistency.ReadPositions;
import kg.mektep.birikme.query.security.Reader;
import kg.mektep.birikme.query.web.Reads;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/log/events")
@Tag(name = "Event log (reads)")
class EventLogController {

    private static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final Reads reads;
    private final LogFilters filters;
    private final EventLogExport exports;
    private final Duration exportTimeout;

    EventLogController(Reads reads, LogFilters filters, EventLogExport exports,
                       @Value("${birikme.log.export-timeout:2h}") Duration exportTimeout) {
        this.reads = reads;
        this.filters = filters;
        this.exports = exports;
        this.exportTimeout = exportTimeout;
    }

    @GetMapping
    @Operation(summary = "Every event of the schools the reader may see, filtered, a page at a time by global position")
    EventLogPage events(@ParameterObject LogParameters filter,
                        @Parameter(description = "Global position to page from, exclusive (next or prev of a page)")
                        @RequestParam(required = false) Long cursor,
                        @Parameter(description = "forward (later events, the default) or backward (earlier ones)")
                        @RequestParam(required = false) String direction,
                        @Parameter(description = "Events per page, 1 to 500; 50 unless given")
                        @RequestParam(required = false) Integer limit,
                        @Parameter(description = "true: also count every match of the filter")
                        @RequestParam(defaultValue = "false") boolean count,
                        @Parameter(description = ReadPositions.AFTER_DOC) @RequestParam(required = false) Long after) {
        EventLogFilter checked = filters.filter(Reads.reader(), filter);
        FindEventLogQuery query = new FindEventLogQuery(checked, LogFilters.cursor(cursor), LogFilters.direction(direction),
                LogFilters.limit(limit), count);
        return reads.acrossSchools(after).query(query, ResponseTypes.instanceOf(EventLogPage.class));
    }

    @GetMapping("/export")
    @Operation(summary = "Every match of the filter as CSV or JSON Lines, streamed; the export itself is recorded in the log")
    @ApiResponse(responseCode = "200", description = "The rows, as the format asks, in UTF-8", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = "string"))})
    ResponseEntity<StreamingResponseBody> export(@Parameter(description = "csv or jsonl") @RequestParam String format,
                                                 @ParameterObject LogParameters filter,
                                                 @Parameter(description = ReadPositions.AFTER_DOC)
                                                 @RequestParam(required = false) Long after,
                                                 @RequestHeader(name = CORRELATION_HEADER, required = false) String correlation,
                                                 HttpServletRequest request) {
        Reader reader = Reads.reader();
        ExportFormat exportFormat = ExportFormat.of(format);
        EventLogFilter checked = filters.filter(reader, filter);
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            // What an export would answer, without making one: nothing is sent, so nothing is recorded or receipted.
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(exportFormat.contentType())).build();
        }
        reads.awaitEveryProjection(after);
        EventLogExport.Started export = exports.start(reader, checked, exportFormat,
                correlation != null && correlation.matches("[A-Za-z0-9._:-]{1,100}") ? correlation : null);
        AsyncWebRequest async = WebAsyncUtils.getAsyncManager(request).getAsyncWebRequest();
        if (async != null) {
            // A large export outlasts the servlet container's default wait for an asynchronous answer.
            async.setTimeout(exportTimeout.toMillis());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("event-log-" + export.exportId() + "." + exportFormat.extension()).build().toString())
                .header("X-Export-Id", export.exportId())
                .body(export::writeTo);
    }
}
