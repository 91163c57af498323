package kg.mektep.birikme.query.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import kg.mektep.birikme.api.association.AssociationSummary;
import kg.mektep.birikme.api.association.FindAssociationQuery;
import kg.mektep.birikme.api.school.FindSchoolQuery;
import kg.mektep.birikme.api.school.SchoolSummary;
import kg.mektep.birikme.query.consistency.ReadModelBehindException;
import kg.mektep.birikme.query.consistency.ReadPositions;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import kg.mektep.birikme.query.security.NotAuthenticatedException;
import kg.mektep.birikme.query.security.Reader;

/**
 * What every read endpoint does: ask the query bus, with the position the client asked for
 * ({@code ?after=}) in the query's metadata, so that each statement of its handler waits for the
 * projections whose tables it reads (see {@link ReadPositions}).
 */
@Component
public class Reads {

    private final QueryGateway queries;
    private final ReadPositions positions;

    Reads(QueryGateway queries, ReadPositions positions) {
        this.queries = queries;
        this.positions = positions;
    }

    /** A read across schools (the school list) that includes the event at {@code position}. */
    public Consistent acrossSchools(Long position) {
        return new Consistent(position == null || position < 1 ? null : position);
    }

    /** Returns once every projection includes the event at {@code position} (for a read that spans the whole log). */
    public void awaitEveryProjection(Long position) {
        positions.awaitIncluded(position);
    }

    /**
     * A read inside one school that includes the event at {@code position}: the school must exist
     * and the reader may see it; another school answers exactly like an unknown one.
     */
    public Consistent inSchool(String schoolId, Long position) {
        Consistent read = acrossSchools(position);
        read.school(schoolId);
        return read;
    }

    /**
     * A read of one association's records that includes the event at {@code position}: the school as
     * for {@link #inSchool}, and the association must be one of that school. An unknown association and
     * one of another school answer alike, as on the association's own read. The association is looked
     * up as a query, so that with a position the look waits for the associations' projection: an
     * association just created is never taken for an unknown one.
     */
    public Consistent inAssociation(String schoolId, String associationId, Long position) {
        Consistent read = inSchool(schoolId, position);
        Optional<AssociationSummary> association = read.query(new FindAssociationQuery(schoolId, associationId),
                ResponseTypes.optionalInstanceOf(AssociationSummary.class));
        if (association.isEmpty()) {
            throw new NotFoundException(associationId);
        }
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

        private final Long position;

        private Consistent(Long position) {
            this.position = position;
        }

        public <R> R query(Object query, ResponseType<R> type) {
            Object message = position == null ? query
                    : GenericMessage.asMessage(query).andMetaData(Map.of(ReadPositions.AFTER_METADATA, position));
            try {
                return queries.query(message, type).join();
            } catch (CompletionException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof ReadModelBehindException behind) {
                        throw behind;
                    }
                }
                throw e;
            }
        }

        /** A read outside the query bus, on this thread: its statements wait as a query handler's do. */
        public <T> T direct(Supplier<T> read) {
            return positions.within(position, read::get);
        }

        /**
         * The school, or a not-found problem: every read under a school starts here. A school the
         * reader may not see answers exactly like an unknown one.
         */
        public SchoolSummary school(String schoolId) {
            if (!reader().maySee(schoolId)) {
                throw new NotFoundException(schoolId);
            }
            return listedSchool(schoolId);
        }

        /**
         * The school's entry as the list of schools shows it, for a reader who sees every entry of that
         * list (the administrator, who registers schools): its name, district and time zone, nothing inside it.
         */
        public SchoolSummary listedSchool(String schoolId) {
            Optional<SchoolSummary> school = query(new FindSchoolQuery(schoolId),
                    ResponseTypes.optionalInstanceOf(SchoolSummary.class));
            return school.orElseThrow(() -> new NotFoundException(schoolId));
        }
    }
}
