package kg.mektep.birikme.query.log;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.log.EventLogExportedEvent;
import kg.mektep.birikme.api.log.EventLogFilter;
import kg.mektep.birikme.query.security.Reader;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of the log. Each is first recorded in the event store itself (who, which filter, up to
 * which position), so that taking records out of the system shows in the log like any other act,
 * and no export goes out unrecorded. The rows then stream from a database cursor, a batch at a
 * time inside one read-only transaction: memory stays the same for a thousand rows or millions.
 * A thread of its own reads them while the answer's thread writes the rows read before
 * ({@link RowHandOff}), so that the database and the writing work at the same time. An export
 * written whole gets a signed receipt of its bytes ({@link ExportReceipts}), where the service has
 * a key.
 */
@Component
class EventLogExport implements DisposableBean {

    /** Rows handed from the reading thread to the writing one at a time, and such batches held ready. */
    private static final int HAND_OFF_BATCH = 200;
    private static final int BATCHES_AHEAD = 4;

    private static final Logger log = LoggerFactory.getLogger(EventLogExport.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final EventGateway events;
    private final ObjectMapper json;
    private final LogDays days;
    private final ObjectProvider<ExportReceipts> receipts;
    private final ExecutorService readers = Executors.newCachedThreadPool(new ReaderThreads());

    EventLogExport(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, EventGateway events,
                   ObjectMapper json, LogDays days, ObjectProvider<ExportReceipts> receipts,
                   @Value("${birikme.log.export-fetch-size:1000}") int fetchSize) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(fetchSize);
        this.cursor = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.events = events;
        this.json = json;
        this.days = days;
        this.receipts = receipts;
    }

    /** An export, recorded; its rows are written when {@link Started#writeTo} is called. */
    Started start(Reader reader, EventLogFilter filter, ExportFormat format, String correlationId) {
        ExportReceipts keeper = receipts.getIfAvailable();
        if (keeper != null) {
            keeper.requireReady();
        }
        long through = jdbc.sql("SELECT coalesce(max(global_position), 0) FROM rm_event_log").query(Long.class).single();
        String exportId = UUID.randomUUID().toString();
        List<EventMessage<?>> records = filter.schoolIds().stream()
                .<EventMessage<?>>map(school -> GenericEventMessage.asEventMessage(
                                new EventLogExportedEvent(exportId, school, format.name(), filter, through))
                        .andMetaData(metaData(reader, school, correlationId == null ? exportId : correlationId)))
                .toList();
        events.publish(records);
        return new Started(exportId, filter, format, through);
    }

    @Override
    public void destroy() {
        readers.shutdownNow();
    }

    private static Map<String, String> metaData(Reader reader, String school, String correlationId) {
        Map<String, String> metaData = new HashMap<>(Map.of(
                MetadataKeys.SCHOOL_ID, school,
                MetadataKeys.ACTOR_ID, reader.userId(),
                MetadataKeys.ACTOR_ROLE, reader.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                MetadataKeys.CORRELATION_ID, correlationId));
        if (reader.schoolId() != null) {
            metaData.put(MetadataKeys.ACTOR_SCHOOL_ID, reader.schoolId());
        }
        return metaData;
    }

    final class Started {

        private final String exportId;
        private final EventLogFilter filter;
        private final ExportFormat format;
        private final long through;

        private Started(String exportId, EventLogFilter filter, ExportFormat format, long through) {
            this.exportId = exportId;
            this.filter = filter;
            this.format = format;
            this.through = through;
        }

        String exportId() {
            return exportId;
        }

        /**
         * Writes every match up to the recorded position, oldest first; once all of it is written, the
         * receipt of its bytes is kept, before the answer ends.
         */
        void writeTo(OutputStream body) throws IOException {
            MessageDigest sha256 = sha256();
            long written = 0;
            LogConditions conditions = days.conditions(filter).and("global_position <= :through", "through", through);
            String query = "SELECT " + LogRow.COLUMNS + " FROM rm_event_log WHERE " + conditions.where()
                    + " ORDER BY global_position";
            RowHandOff rows = new RowHandOff(HAND_OFF_BATCH, BATCHES_AHEAD);
            readers.execute(() -> read(query, conditions.parameters(), rows));
            try {
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(body, sha256), 1 << 16);
                ExportFormat.LogRowWriter writer = format.open(out, json);
                for (List<ExportRow> batch = rows.take(); batch != null; batch = rows.take()) {
                    for (ExportRow row : batch) {
                        writer.write(row);
                    }
                    written += batch.size();
                }
                writer.flush();
                out.flush();
            } finally {
                // After the last batch a no-op; before it (the client went away, say), the reader stops.
                rows.cancel();
            }
            issueReceipt(written, sha256.digest());
        }

        private void issueReceipt(long written, byte[] digest) throws IOException {
            ExportReceipts keeper = receipts.getIfAvailable();
            if (keeper == null) {
                return;
            }
            try {
                keeper.issue(exportId, filter.schoolIds(), format.name(), through, written, digest);
            } catch (RuntimeException e) {
                // The rows are written but the answer has not ended: failing it now (the client sees the download
                // break off) tells the client there is no receipt, where an answer ended whole would promise one.
                log.warn("Export {} was written whole, but its receipt could not be kept: the answer is broken off",
                        exportId, e);
                // Without the cause: a handler of the cause (a database failure) would write its problem after the rows.
                throw new IOException("The receipt of export " + exportId + " could not be kept");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void read(String query, Map<String, ?> parameters, RowHandOff rows) {
        try {
            // PostgreSQL hands out rows a fetch at a time only inside a transaction.
            readOnly.executeWithoutResult(status -> cursor.query(query, parameters,
                    (RowCallbackHandler) rs -> rows.add(ExportRow.read(rs))));
            rows.finish();
        } catch (RuntimeException | Error e) {
            rows.fail(e);
        }
    }

    private static final class ReaderThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "log-export-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
