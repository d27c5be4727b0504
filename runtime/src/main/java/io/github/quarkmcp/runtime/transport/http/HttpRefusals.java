package io.github.quarkmcp.runtime.transport.http;

import io.github.quarkmcp.runtime.protocol.JsonRpc;
import io.github.quarkmcp.runtime.protocol.JsonRpcException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * How a refusal looks over HTTP: a status and a JSON-RPC error body that says what was wrong. The status of a
 * protocol error is the core's verdict in HTTP's terms, as 2026-07-28 asks; legacy (2025) requests keep HTTP 200
 * for errors of a request that was accepted, as their clients expect.
 */
final class HttpRefusals {

    private HttpRefusals() {
    }

    /** The HTTP status of a 2026-07-28 error response with JSON-RPC {@code code}. */
    static int modernStatus(int code) {
        switch (code) {
            case JsonRpc.METHOD_NOT_FOUND:
                return 404;
            case JsonRpc.PARSE_ERROR:
            case JsonRpc.INVALID_REQUEST:
            case JsonRpc.INVALID_PARAMS:
            case JsonRpc.HEADER_MISMATCH:
            case JsonRpc.MISSING_REQUIRED_CLIENT_CAPABILITY:
            case JsonRpc.UNSUPPORTED_PROTOCOL_VERSION:
                return 400;
            case JsonRpc.INTERNAL_ERROR:
                return 500;
            default:
                return 200;
        }
    }

    /** Ends {@code response} with {@code status} and the refusal's error (with its id, if it has one). */
    static void refuse(HttpServerResponse response, int status, JsonRpcException refusal) {
        end(response, status, refusal.toResponse());
    }

    /** Ends {@code response} with {@code status} and an error that has no id (the request's could not be read). */
    static void refuse(HttpServerResponse response, int status, int code, String message) {
        end(response, status, JsonRpc.error(null, code, message));
    }

    private static void end(HttpServerResponse response, int status, String json) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(json);
    }
}
