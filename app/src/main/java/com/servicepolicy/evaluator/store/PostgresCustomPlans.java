package com.servicepolicy.evaluator.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, every pooled connection plans each statement with its actual parameters
 * ({@code plan_cache_mode = force_custom_plan}). Without it the server caches a generic plan after
 * five executions of a prepared statement; a night's first chunks run against a nearly empty
 * events table, so that plan was a sequential scan, kept for the whole night: looking up a chunk's
 * event ids read the whole table, and ingest fell from thousands to a few hundred lines per second
 * as the table grew (measured: 688 → 418 lines/s between 140,000 and 220,000 events). A configured
 * {@code spring.datasource.hikari.connection-init-sql} is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class PostgresCustomPlans {
    static final String INIT_SQL = "SET plan_cache_mode = force_custom_plan";

    @Bean
    static BeanPostProcessor postgresCustomPlansOnEveryConnection() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql(INIT_SQL);
                }
                return bean;
            }
        };
    }
}
