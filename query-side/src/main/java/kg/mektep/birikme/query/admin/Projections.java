package kg.mektep.birikme.query.admin;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The projections of the query side: every bean of this side's packages in a processing group,
 * with the read-model tables the group owns. Read from the bean definitions, so the catalog is
 * known before Axon builds its processors.
 */
@Component
public class Projections {

    static final String QUERY_PACKAGE = "kg.mektep.birikme.query";

    private final Map<String, Projection> byGroup;

    Projections(ListableBeanFactory beans) {
        Map<String, Projection> catalog = new TreeMap<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = beans.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!user.getPackageName().startsWith(QUERY_PACKAGE)) {
                continue;
            }
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(user, ProcessingGroup.class);
            ReadModelTables owned = AnnotatedElementUtils.findMergedAnnotation(user, ReadModelTables.class);
            Projection declared = owned == null ? new Projection(group.value(), List.of())
                    : new Projection(group.value(), List.of(owned.value()), Set.copyOf(List.of(owned.insertOnly())));
            catalog.merge(group.value(), declared, Projection::and);
        }
        this.byGroup = catalog;
    }

    Collection<Projection> all() {
        return byGroup.values();
    }

    Set<String> groups() {
        return byGroup.keySet();
    }

    /** Each read-model table with the processing group that writes it. */
    public Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        byGroup.values().forEach(projection -> projection.tables().forEach(table -> owners.put(table, projection.group())));
        return owners;
    }

    Optional<Projection> find(String group) {
        return Optional.ofNullable(byGroup.get(group));
    }

    /**
     * A processing group of the query side, the tables it writes, and those of them its handlers
     * only insert into ({@link ReadModelTables#insertOnly()}).
     */
    record Projection(String group, List<String> tables, Set<String> insertOnly) {

        Projection(String group, List<String> tables) {
            this(group, tables, Set.of());
        }

        /** This projection with the tables another bean of its processing group declares. */
        Projection and(Projection other) {
            Set<String> allTables = new LinkedHashSet<>(tables);
            allTables.addAll(other.tables);
            Set<String> allInsertOnly = new LinkedHashSet<>(insertOnly);
            allInsertOnly.addAll(other.insertOnly);
            return new Projection(group, List.copyOf(allTables), Set.copyOf(allInsertOnly));
        }

        /** The schema a rebuild of this projection writes its new copy into. */
        String shadowSchema() {
            String safe = group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
            String schema = "rebuild_" + safe;
            return schema.length() > 63 ? schema.substring(0, 63) : schema;
        }

        /** The name of the processor (and of its tokens) that builds the new copy. */
        String shadowProcessor() {
            return "rebuild:" + group;
        }
    }
}
