package com.servicepolicy.evaluator.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

/**
 * On an H2 file, a page cache sized for a night ({@code CACHE_SIZE}, in KiB): H2's default of 16 MiB is smaller than
 * what a night reads again and again (the customers' histories, the violations), so that evaluate and the
 * report read and decoded the same pages from the file over and over (measured in docs/benchmarks.md, issue #19).
 * Bounded like everything else a night holds: {@value #MAX_KIB} KiB, at most an eighth of the heap. A URL that sets
 * {@code CACHE_SIZE} itself is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class H2PageCache {
    static final long MAX_KIB = 256 * 1024;

    @Bean
    static BeanPostProcessor h2PageCacheForANight() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                    pool.setJdbcUrl(withCache(pool.getJdbcUrl(), Runtime.getRuntime().maxMemory()));
                }
                return bean;
            }
        };
    }

    /** {@code url} with the night's cache size added, if it is an H2 file URL that sets none. */
    static String withCache(String url, long maxHeapBytes) {
        if (!url.startsWith("jdbc:h2:file:") || url.toUpperCase(Locale.ROOT).contains(";CACHE_SIZE=")) {
            return url;
        }
        long kib = Math.min(MAX_KIB, maxHeapBytes / 8 / 1024);
        return kib <= 16 * 1024 ? url : url + ";CACHE_SIZE=" + kib;
    }
}
