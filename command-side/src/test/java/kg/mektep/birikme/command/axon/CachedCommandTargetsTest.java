package kg.mektep.birikme.command.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

class CachedCommandTargetsTest {

    private final CachedCommandTargets ours = new CachedCommandTargets();
    private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {}

    record ByMethod(String key) {
        @TargetAggregateIdentifier
        String target() {
            return "target-" + key;
        }
    }

    record VersionNotANumber(@TargetAggregateIdentifier String id, @TargetAggregateVersion String version) {}

    record Untargeted(String id) {}

    @Test
    void everyCommandOfTheServiceTargetsTheSameAggregateAsWithAxonsResolver() throws Exception {
        List<Class<?>> commands = commandRecords();
        int compared = 0;
        for (Class<?> type : commands) {
            Object command = sample(type);
            if (command == null) {
                continue;
            }
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThat(ours.resolveTarget(message)).as(type.getName()).isEqualTo(axons.resolveTarget(message));
            // A second time, from the members found the first time.
            assertThat(ours.resolveTarget(message)).as(type.getName()).isEqualTo(axons.resolveTarget(message));
            compared++;
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(47);
        assertThat(compared).isEqualTo(commands.size());
    }

    @Test
    void versionsMethodsAndMissingTargetsAnswerAsAxonsResolver() {
        for (Object command : List.of(new Versioned("a", 3L), new Versioned("a", null), new ByMethod("b"))) {
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThat(ours.resolveTarget(message)).isEqualTo(axons.resolveTarget(message));
        }
        for (Object command : List.of(new Versioned(null, 3L), new Untargeted("c"), new VersionNotANumber("d", "x"))) {
            var message = GenericCommandMessage.asCommandMessage(command);
            Throwable expected = catchThrowable(() -> axons.resolveTarget(message));
            assertThat(expected).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ours.resolveTarget(message))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(expected.getMessage());
        }
    }

    private static Throwable catchThrowable(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Every command record of the shared language. */
    private static List<Class<?>> commandRecords() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        List<Class<?>> commands = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("kg.mektep.birikme.api")) {
            if (candidate.getBeanClassName().endsWith("Command")) {
                commands.add(Class.forName(candidate.getBeanClassName()));
            }
        }
        return commands;
    }

    /** A command whose text components carry distinct values; null when its constructor refuses them. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], components[i].getName());
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, String name) {
        if (type == String.class) {
            return name + "-value";
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 9, 1);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-09-01T08:00:00Z");
        }
        return null;
    }
}
