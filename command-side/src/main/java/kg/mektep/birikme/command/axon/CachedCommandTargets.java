package kg.mektep.birikme.command.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Which aggregate a command targets, as {@link AnnotationCommandTargetResolver} finds it (the
 * method, else the field, annotated {@link TargetAggregateIdentifier}, and the version annotated
 * {@link TargetAggregateVersion}), with the same answers and errors, but looking for the annotated
 * members once per command type: Axon's looks for them through every method and field of the
 * command, copying each and its annotations, at every command.
 */
public final class CachedCommandTargets implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(type, Member.annotated(type, TargetAggregateIdentifier.class),
                    Member.annotated(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        return targets.get(command.getPayloadType()).of(command.getPayload());
    }

    private record Target(Class<?> type, Member identifier, Member version) {

        VersionedAggregateIdentifier of(Object payload) {
            Object id;
            Long expectedVersion;
            try {
                id = identifier == null ? null : identifier.read(payload);
                expectedVersion = version == null ? null : asLong(version.read(payload));
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(
                        "An exception occurred while extracting aggregate information form a command", e);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("The current security context does not allow extraction of "
                        + "aggregate information from the given command.", e);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The value provided for the version is not a number.", e);
            }
            if (id == null) {
                throw new IllegalArgumentException(String.format("Invalid command. It does not identify the target "
                        + "aggregate. Make sure at least one of the fields or methods in the [%s] class contains the "
                        + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                        type.getSimpleName()));
            }
            return new VersionedAggregateIdentifier(id, expectedVersion);
        }

        private static Long asLong(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Number number) {
                return number.longValue();
            }
            return Long.parseLong(value.toString());
        }
    }

    /** The annotated method or field of a command type, made accessible once. */
    private record Member(Method method, Field field) {

        static Member annotated(Class<?> type, Class<? extends Annotation> annotation) {
            for (Method method : ReflectionUtils.methodsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    return new Member(ReflectionUtils.ensureAccessible(method), null);
                }
            }
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                    return new Member(null, ReflectionUtils.ensureAccessible(field));
                }
            }
            return null;
        }

        Object read(Object payload) throws InvocationTargetException, IllegalAccessException {
            return method != null ? method.invoke(payload) : field.get(payload);
        }
    }
}
