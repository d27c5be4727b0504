package io.github.quarkmcp.runtime.protocol;

import org.jboss.logging.Logger;

/**
 * Sends {@code notifications/progress} for one request that carried a progress token.
 * <p>
 * The spec requires progress to increase. Whether a value is above the last one is decided inside the request's
 * ordered stream, not by the calling thread, so that two threads reporting at once can never put a smaller value
 * on the wire after a larger one.
 */
final class ProgressReporter {

    private static final Logger LOG = Logger.getLogger(ProgressReporter.class);

    private final String tokenJson;
    private final RequestStream stream;
    private double lastSent = Double.NEGATIVE_INFINITY; // confined to the stream's executor

    ProgressReporter(String tokenJson, RequestStream stream) {
        this.tokenJson = tokenJson;
        this.stream = stream;
    }

    void report(double progress, double total, String message) {
        if (!Double.isFinite(progress)) {
            LOG.debugf("Progress %s of token %s not sent: not a finite number", progress, tokenJson);
            return;
        }
        String notification = notification(progress, total, message);
        stream.execute(() -> {
            if (!stream.isOpen()) {
                LOG.debugf("Progress %s of token %s dropped: the request was already answered", progress, tokenJson);
            } else if (progress <= lastSent) {
                LOG.debugf("Progress %s of token %s not sent: not above the last value sent, %s", progress, tokenJson,
                        lastSent);
            } else {
                lastSent = progress;
                stream.sendNow(notification);
            }
        });
    }

    private String notification(double progress, double total, String message) {
        StringBuilder params = new StringBuilder(96).append("{\"progressToken\":").append(tokenJson)
                .append(",\"progress\":").append(number(progress));
        if (Double.isFinite(total)) {
            params.append(",\"total\":").append(number(total));
        }
        if (message != null) {
            params.append(",\"message\":").append(JsonRpc.quote(message));
        }
        return JsonRpc.notification("notifications/progress", params.append('}').toString());
    }

    /** Whole numbers without a fraction ({@code 3}, not {@code 3.0}), as a person reading the wire expects. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
