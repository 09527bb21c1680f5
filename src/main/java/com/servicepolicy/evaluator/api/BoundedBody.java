package com.servicepolicy.evaluator.api;

import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing it (413) as soon as it is known to exceed the limit. */
final class BoundedBody {
    private BoundedBody() {
    }

    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buf = new byte[16384];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buf)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static RequestTooLargeException tooLarge(long maxBytes) {
        return new RequestTooLargeException("the request body is larger than the limit of " + maxBytes
                + " bytes (evaluator.max-body-size); split the events into several requests");
    }
}
