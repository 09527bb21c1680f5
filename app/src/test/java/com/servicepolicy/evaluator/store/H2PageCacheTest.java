package com.servicepolicy.evaluator.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2PageCacheTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void anH2FileGetsACacheOfAnEighthOfTheHeapUpTo256MiB() {
        assertThat(H2PageCache.withCache("jdbc:h2:file:./data/evaluator;AUTO_SERVER=TRUE", 8 * GIB))
                .isEqualTo("jdbc:h2:file:./data/evaluator;AUTO_SERVER=TRUE;CACHE_SIZE=262144");
        assertThat(H2PageCache.withCache("jdbc:h2:file:/tmp/db", GIB)).isEqualTo("jdbc:h2:file:/tmp/db;CACHE_SIZE=131072");
    }

    @Test
    void aSmallHeapKeepsH2sDefaultAndOtherUrlsAreLeftAlone() {
        assertThat(H2PageCache.withCache("jdbc:h2:file:/tmp/db", 128L * 1024 * 1024)).isEqualTo("jdbc:h2:file:/tmp/db");
        assertThat(H2PageCache.withCache("jdbc:h2:file:/tmp/db;cache_size=1024", 8 * GIB))
                .isEqualTo("jdbc:h2:file:/tmp/db;cache_size=1024");
        assertThat(H2PageCache.withCache("jdbc:h2:mem:test", 8 * GIB)).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2PageCache.withCache("jdbc:postgresql://127.0.0.1:5432/test", 8 * GIB))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }
}
