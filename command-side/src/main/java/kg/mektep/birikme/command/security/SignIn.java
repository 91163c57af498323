package kg.mektep.birikme.command.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the one endpoint that takes a user name and password instead of a session. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface SignIn {
}
