package kg.mektep.birikme.query.timeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.timeline.OverdueKind;
import kg.mektep.birikme.api.timeline.OverdueLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R11 (clause 5.8): the deputy for teaching work analyses each association's year at its last
 * meeting, so by the year's last day; an association opened in the summer works from the year after,
 * so the year that ends has nothing of it to analyse. The deputy is not a teacher of the staff: no
 * one responsible is named.
 */
@Component
class MissingYearAnalyses implements OverdueSource {

    private final JdbcClient jdbc;
    private final ActiveAssociations associations;

    MissingYearAnalyses(JdbcClient jdbc, ActiveAssociations associations) {
        this.jdbc = jdbc;
        this.associations = associations;
    }

    @Override
    public List<Overdue> overdue(OverdueScope scope) {
        if (!scope.year().lastDay().isBefore(scope.today())) {
            return List.of();
        }
        Set<String> analysed = jdbc.sql("SELECT association_id FROM rm_year_analysis WHERE school_id = ? AND school_year = ?")
                .params(scope.schoolId(), scope.year().startYear()).query(String.class).list().stream()
                .collect(Collectors.toSet());
        return associations.of(scope).stream()
                .filter(association -> association.existedOn(scope.year().lastDay())
                        && association.worksIn(scope.year().startYear()))
                .filter(association -> !analysed.contains(association.associationId()))
                .map(association -> new Overdue(OverdueKind.YEAR_ANALYSIS_MISSING, scope.year().lastDay(),
                        association.associationId(), association.name(), new OverdueLinks(null, null, null, null, null),
                        List.of(), List.of(scope.year().toString())))
                .toList();
    }
}
