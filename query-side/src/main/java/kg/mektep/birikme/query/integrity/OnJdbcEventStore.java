package kg.mektep.birikme.query.integrity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * The chain is built from Axon's JDBC event table. Where Axon Server keeps the events (its default
 * when nothing says otherwise) that table stays empty, so the chain and its endpoints are left out
 * rather than vouch for an empty log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("!${axon.axonserver.enabled:true}")
@interface OnJdbcEventStore {
}
