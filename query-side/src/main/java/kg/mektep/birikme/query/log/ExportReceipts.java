package kg.mektep.birikme.query.log;

import java.util.List;

/**
 * Where an export of the log goes once every byte of it has been written: its digest is signed and
 * kept, so that whoever holds the file can show that the service sent it so. Absent where the
 * service has no key of its own (on Axon Server).
 */
public interface ExportReceipts {

    /**
     * Refuses, before an export starts, if its receipt could not be signed (the key was replaced while
     * this replica ran): an export is then not made at all, rather than sent without a receipt.
     */
    void requireReady();

    /**
     * Keeps the receipt of an export that went out whole: {@code sha256} of the answer's bytes, exactly
     * as sent (a CSV's byte order mark and header included), and the {@code rows} in it.
     */
    void issue(String exportId, List<String> schoolIds, String format, long through, long rows, byte[] sha256);
}
