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

    /**
     * Those of the tables that the handlers only insert into, never reading a row back while they
     * handle events (as with {@link BatchedRows}). A rebuild fills their new copy with no index but
     * those of their primary keys and unique constraints, and builds the others once the copy is
     * complete, as it does the search indexes of every table: sorted once instead of updated row by
     * row. A table named here that a handler did read would still be rebuilt right, only slower.
     */
    String[] insertOnly() default {};
}
