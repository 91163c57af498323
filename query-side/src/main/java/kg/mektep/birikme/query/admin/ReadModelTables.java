package kg.mektep.birikme.query.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read-model tables a projection writes, and no other projection does. A rebuild builds exactly
 * these tables anew; every rm_ table belongs to one projection (a test holds this).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

    String[] value();
}
