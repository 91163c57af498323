package kg.mektep.birikme.query.web;

import java.util.Optional;
import kg.mektep.birikme.api.school.FindSchoolQuery;
import kg.mektep.birikme.api.school.SchoolSummary;
import kg.mektep.birikme.query.consistency.ReadPositions;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** What every read endpoint does: wait for the position the client asked for, then ask the query bus. */
@Component
public class Reads {

    private final QueryGateway queries;
    private final ReadPositions positions;

    Reads(QueryGateway queries, ReadPositions positions) {
        this.queries = queries;
        this.positions = positions;
    }

    public Consistent after(Long position) {
        positions.awaitIncluded(position);
        return new Consistent();
    }

    public final class Consistent {

        private Consistent() {
        }

        public <R> R query(Object query, ResponseType<R> type) {
            return queries.query(query, type).join();
        }

        /** The school, or a not-found problem: every read under a school starts here. */
        public SchoolSummary school(String schoolId) {
            Optional<SchoolSummary> school = query(new FindSchoolQuery(schoolId),
                    ResponseTypes.optionalInstanceOf(SchoolSummary.class));
            return school.orElseThrow(() -> new NotFoundException(schoolId));
        }
    }
}
