package kg.mektep.birikme.query.consistency;

import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a read with {@code ?after=} waits: a query carries the position in its metadata
 * ({@value ReadPositions#AFTER_METADATA}); its handler runs with the position pending ({@link ReadPositions#within}); and the
 * application's JdbcClient makes each statement wait for the projections of the tables it names before
 * it runs ({@link ReadPositions#awaitTablesOf}), so no connection is held while a read waits.
 */
@Configuration(proxyBeanMethods = false)
class ConsistentReadsConfig {

    @Bean
    JdbcClient jdbcClient(NamedParameterJdbcTemplate template, ReadPositions positions) {
        JdbcClient statements = JdbcClient.create(template);
        return sql -> {
            positions.awaitTablesOf(sql);
            return statements.sql(sql);
        };
    }

    @Autowired
    void queriesWaitForTheirPosition(QueryBus queries, ReadPositions positions) {
        MessageHandlerInterceptor<QueryMessage<?, ?>> pending = (unitOfWork, chain) -> {
            Object after = unitOfWork.getMessage().getMetaData().get(ReadPositions.AFTER_METADATA);
            return after instanceof Number position ? positions.within(position.longValue(), chain::proceed) : chain.proceed();
        };
        queries.registerHandlerInterceptor(pending);
    }
}
