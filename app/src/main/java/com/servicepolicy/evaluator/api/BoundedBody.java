package com.servicepolicy.evaluator.api;

import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body, refusing it (413) as soon as it is known to exceed the limit. A declared
 * length is read straight into an array of that size (no buffer or copy per small request).
 */
final class BoundedBody {
    private BoundedBody() {
    }

    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        return read(request, maxBytes, "split the events into several requests");
    }

    /** {@code advice}: what the client can do about a body too large. */
    static byte[] read(HttpServletRequest request, long maxBytes, String advice) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes, advice);
        }
        try (InputStream in = request.getInputStream()) {
            if (declared >= 0) {
                // Tomcat delivers no more than the declared length, which is already within the limit.
                return in.readNBytes((int) declared);
            }
            return readChunked(in, maxBytes, advice);
        }
    }

    private static byte[] readChunked(InputStream in, long maxBytes, String advice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(maxBytes, advice);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static RequestTooLargeException tooLarge(long maxBytes, String advice) {
        return new RequestTooLargeException("the request body is larger than the limit of " + maxBytes
                + " bytes (evaluator.max-body-size); " + advice);
    }
}
