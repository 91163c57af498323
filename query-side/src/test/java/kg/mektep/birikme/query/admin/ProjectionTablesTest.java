package kg.mektep.birikme.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /**
     * A read with {@code ?after=} waits for the projections of the tables its statements name, and for
     * every projection when it names one no projection declares: every rm_ name in this side's code is a
     * declared table, so no read falls to that slower wait unseen.
     */
    @Test
    void everyReadModelNameInTheCodeIsADeclaredTable() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Class<?> projection : projections()) {
            declared.addAll(List.of(projection.getAnnotation(ReadModelTables.class).value()));
        }
        Set<String> named = new TreeSet<>();
        Pattern readModelName = Pattern.compile("\\brm_[A-Za-z0-9_]+\\b");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher names = readModelName.matcher(Files.readString(source));
                while (names.find()) {
                    named.add(names.group());
                }
            }
        }

        assertThat(named).isNotEmpty();
        assertThat(declared).containsAll(named);
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
