package kg.mektep.birikme.query.web;

import java.util.Optional;
import kg.mektep.birikme.api.school.FindSchoolQuery;
import kg.mektep.birikme.api.school.SchoolSummary;
import kg.mektep.birikme.query.consistency.ReadPositions;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import kg.mektep.birikme.query.security.NotAuthenticatedException;
import kg.mektep.birikme.query.security.Reader;

/** What every read endpoint does: wait for the position the client asked for, then ask the query bus. */
@Component
public class Reads {

    private final QueryGateway queries;
    private final ReadPositions positions;

    Reads(QueryGateway queries, ReadPositions positions) {
        this.queries = queries;
        this.positions = positions;
    }

    /** A read across schools (the school list), once the read models include {@code position}. */
    public Consistent acrossSchools(Long position) {
        positions.awaitIncluded(position);
        return new Consistent();
    }

    /**
     * A read inside one school, once the read models include {@code position}: the school must
     * exist and the reader may see it; another school answers exactly like an unknown one.
     */
    public Consistent inSchool(String schoolId, Long position) {
        Consistent read = acrossSchools(position);
        read.school(schoolId);
        return read;
    }

    /** The signed-in reader of this request (authentication has put it there before any read runs). */
    public static Reader reader() {
        Object reader = RequestContextHolder.currentRequestAttributes()
                .getAttribute(Reader.class.getName(), RequestAttributes.SCOPE_REQUEST);
        if (reader instanceof Reader signedIn) {
            return signedIn;
        }
        throw new NotAuthenticatedException();
    }

    public final class Consistent {

        private Consistent() {
        }

        public <R> R query(Object query, ResponseType<R> type) {
            return queries.query(query, type).join();
        }

        /**
         * The school, or a not-found problem: every read under a school starts here. A school the
         * reader may not see answers exactly like an unknown one.
         */
        public SchoolSummary school(String schoolId) {
            if (!reader().maySee(schoolId)) {
                throw new NotFoundException(schoolId);
            }
            Optional<SchoolSummary> school = query(new FindSchoolQuery(schoolId),
                    ResponseTypes.optionalInstanceOf(SchoolSummary.class));
            return school.orElseThrow(() -> new NotFoundException(schoolId));
        }
    }
}
