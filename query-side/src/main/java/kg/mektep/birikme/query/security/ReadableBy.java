package kg.mektep.birikme.query.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kg.mektep.birikme.api.common.Role;

/** A read only users with one of these roles make; the others are answered 403 before anything is read. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadableBy {

    Role[] value();
}
