package kg.mektep.birikme.query.recordfile;

import kg.mektep.birikme.query.web.ReadRefusedException;
import org.springframework.http.HttpStatus;

/** The school year a read names: one the service can judge, so that a typo such as 20266 answers 400. */
public final class YearParameter {

    private YearParameter() {
    }

    public static void requireSensible(int year) {
        if (year < 1991 || year > 2200) {
            throw new ReadRefusedException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "year", year);
        }
    }
}
