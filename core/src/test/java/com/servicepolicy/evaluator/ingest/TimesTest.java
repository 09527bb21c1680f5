package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-03-20T08:23:48Z", "2026-03-20T08:23:48+01:00", "2026-03-20T08:23:48-05:30",
            "2026-03-20T08:23:48.1Z", "2026-03-20T08:23:48.12Z", "2026-03-20T08:23:48.123456789+14:00",
            "2024-02-29T23:59:59Z", "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z",
            "2026-03-20T08:23Z", "2026-03-20t08:23:48z", "2026-03-20T08:23:48+01:00:30"})
    void agreesWithOffsetDateTime(String text) {
        long expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
        assertThat(Times.epochMillis(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-20T08:23:48", "2026-03-20T08:23:48.500", "2026-03-20T08:23"})
    void noOffset(String text) {
        assertThatThrownBy(() -> Times.epochMillis(text)).hasMessage("time without offset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T08:23:48Z", "2026-03-20T24:00:00Z", "2026-03-20 08:23:48Z",
            "2026-03-20", "1711000000", "2026-03-20T08:23:48+1:00", "x"})
    void unparseable(String text) {
        assertThatThrownBy(() -> Times.epochMillis(text)).hasMessageStartingWith("not an ISO-8601 time with offset");
    }
}
