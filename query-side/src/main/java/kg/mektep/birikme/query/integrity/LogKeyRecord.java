package kg.mektep.birikme.query.integrity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The fingerprint of the key that signs the database's checkpoints, as the database remembers it. */
@Component
@OnJdbcEventStore
class LogKeyRecord {

    private final JdbcClient jdbc;

    LogKeyRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> fingerprint() {
        return jdbc.sql("SELECT fingerprint FROM log_signing_key").query(String.class).optional();
    }

    /** Records the first key's fingerprint; answers the one recorded, which a replica may have recorded first. */
    String recordFirst(String fingerprint) {
        jdbc.sql("INSERT INTO log_signing_key (fingerprint) VALUES (?) ON CONFLICT (singleton) DO NOTHING")
                .param(fingerprint).update();
        return fingerprint().orElseThrow();
    }

    /** Replaces the fingerprint: the operator accepted a new key. */
    void replace(String fingerprint) {
        jdbc.sql("""
                INSERT INTO log_signing_key (fingerprint) VALUES (?)
                ON CONFLICT (singleton) DO UPDATE SET fingerprint = excluded.fingerprint, recorded_at = now()""")
                .param(fingerprint).update();
    }
}
