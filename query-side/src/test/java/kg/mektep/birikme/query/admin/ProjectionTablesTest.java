package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** A rebuild builds anew exactly the tables a projection declares: every read-model table must be declared once. */
class ProjectionTablesTest {

    @Test
    void everyReadModelTableBelongsToExactlyOneProjection() throws ClassNotFoundException {
        List<String> declared = new ArrayList<>();
        for (Class<?> projection : projections()) {
            ReadModelTables tables = projection.getAnnotation(ReadModelTables.class);
            assertThat(tables).as(projection.getName() + " declares its tables").isNotNull();
            assertThat(tables.value()).as(projection.getName()).isNotEmpty();
            declared.addAll(List.of(tables.value()));
            assertThat(List.of(tables.value())).as(projection.getName() + " inserts only into tables of its own")
                    .containsAll(List.of(tables.insertOnly()));
        }
        List<String> existing = ReadModelDatabase.fresh().sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name LIKE 'rm\\_%'""")
                .query(String.class).list();

        assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(existing);
    }

    private static List<Class<?>> projections() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(Projections.QUERY_PACKAGE)) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(classes).isNotEmpty();
        return classes;
    }
}
