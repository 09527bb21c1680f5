package com.servicepolicy.evaluator.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedBodyTest {

    @Test
    void aDeclaredLengthWithinTheLimitIsReadWhole() throws Exception {
        var request = new MockHttpServletRequest();
        request.setContent("{\"events\": []}".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(BoundedBody.read(request, 100), StandardCharsets.UTF_8)).isEqualTo("{\"events\": []}");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        var request = new MockHttpServletRequest();
        request.setContent(new byte[101]);

        assertThatThrownBy(() -> BoundedBody.read(request, 100))
                .isInstanceOf(RequestTooLargeException.class).hasMessageContaining("limit of 100 bytes");
    }

    @Test
    void aChunkedBodyIsReadUntilItsEnd() throws Exception {
        byte[] body = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8);

        assertThat(BoundedBody.read(chunked(body), 20_000)).isEqualTo(body);
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit() {
        assertThatThrownBy(() -> BoundedBody.read(chunked(new byte[20_001]), 20_000))
                .isInstanceOf(RequestTooLargeException.class).hasMessageContaining("limit of 20000 bytes");
    }

    /** A request without Content-Length, as with Transfer-Encoding: chunked. */
    private static MockHttpServletRequest chunked(byte[] body) {
        var request = new MockHttpServletRequest() {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }
}
