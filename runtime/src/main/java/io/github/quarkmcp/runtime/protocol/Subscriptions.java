package io.github.quarkmcp.runtime.protocol;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.quarkmcp.runtime.json.JsonStrings;

/**
 * The open {@code subscriptions/listen} streams (2026-07-28), each with the kinds of change notification its client
 * opted in to. Every message on a stream carries the subscription's id (the id of its {@code subscriptions/listen}
 * request) in {@code _meta}, the acknowledgement first.
 */
public final class Subscriptions {

    /**
     * The notifications one subscription gets: the part of what its client asked for that the server honours, which
     * is also what its acknowledgement says.
     *
     * @param resourceUris the resources whose {@code notifications/resources/updated} it gets
     */
    record Filter(boolean toolsListChanged, boolean promptsListChanged, boolean resourcesListChanged,
            Set<String> resourceUris) {

        String json() {
            StringBuilder json = new StringBuilder("{");
            flag(json, "toolsListChanged", toolsListChanged);
            flag(json, "promptsListChanged", promptsListChanged);
            flag(json, "resourcesListChanged", resourcesListChanged);
            if (!resourceUris.isEmpty()) {
                json.append(json.length() > 1 ? "," : "").append("\"resourceSubscriptions\":[");
                int i = 0;
                for (String uri : resourceUris) {
                    json.append(i++ > 0 ? "," : "").append(JsonStrings.quote(uri));
                }
                json.append(']');
            }
            return json.append('}').toString();
        }

        private static void flag(StringBuilder json, String name, boolean on) {
            if (on) {
                json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":true");
            }
        }
    }

    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

    /** A subscription not started yet: {@link Subscription#start()} registers and acknowledges it. */
    Subscription create(String idJson, RequestStream stream, Filter filter, ServerDescription server,
            McpSession connection) {
        return new Subscription(idJson, stream, filter, server, connection);
    }

    /** Tells every subscription that asked for it that the tool list changed. */
    public void toolsListChanged() {
        for (Subscription subscription : open) {
            if (subscription.filter.toolsListChanged()) {
                subscription.send("notifications/tools/list_changed", "");
            }
        }
    }

    /** Tells every subscription that asked for it that the prompt list changed. */
    public void promptsListChanged() {
        for (Subscription subscription : open) {
            if (subscription.filter.promptsListChanged()) {
                subscription.send("notifications/prompts/list_changed", "");
            }
        }
    }

    /** Tells every subscription that asked for it that the resource list changed. */
    public void resourcesListChanged() {
        for (Subscription subscription : open) {
            if (subscription.filter.resourcesListChanged()) {
                subscription.send("notifications/resources/list_changed", "");
            }
        }
    }

    /** Tells every subscription whose {@code resourceSubscriptions} name {@code uri} that the resource changed. */
    public void resourceUpdated(String uri) {
        String fields = ",\"uri\":" + JsonStrings.quote(uri);
        for (Subscription subscription : open) {
            if (subscription.filter.resourceUris().contains(uri)) {
                subscription.send("notifications/resources/updated", fields);
            }
        }
    }

    /** Ends every subscription gracefully, with its response (the server is shutting down). */
    public void endAll() {
        open.forEach(Subscription::end);
    }

    /** How many subscriptions are open. */
    public int size() {
        return open.size();
    }

    /** One open {@code subscriptions/listen} request. */
    final class Subscription implements InFlightRequest {

        private final String idJson;
        private final RequestStream stream;
        private final Filter filter;
        private final ServerDescription server;
        private final McpSession connection;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Subscription(String idJson, RequestStream stream, Filter filter, ServerDescription server,
                McpSession connection) {
            this.idJson = idJson;
            this.stream = stream;
            this.filter = filter;
            this.server = server;
            this.connection = connection;
        }

        /** Opens the subscription: the acknowledgement goes out before any notification of it. */
        void start() {
            stream.notify(JsonRpc.notification("notifications/subscriptions/acknowledged", "{\"_meta\":{\""
                    + Eras.SUBSCRIPTION_ID + "\":" + idJson + "},\"notifications\":" + filter.json() + "}"));
            open.add(this);
            if (ended.get()) { // cancelled while starting
                open.remove(this);
            }
        }

        private void send(String method, String fields) {
            stream.notify(JsonRpc.notification(method,
                    "{\"_meta\":{\"" + Eras.SUBSCRIPTION_ID + "\":" + idJson + "}" + fields + "}"));
        }

        /** The client closed the stream or cancelled the request: nothing more is sent. */
        @Override
        public void cancel() {
            if (finish()) {
                stream.abandon();
            }
        }

        /** The server ends the subscription: its response says so, then the stream closes. */
        void end() {
            if (finish()) {
                stream.respond(JsonRpc.result(idJson,
                        server.completeWithMeta("\"" + Eras.SUBSCRIPTION_ID + "\":" + idJson)));
            }
        }

        private boolean finish() {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            open.remove(this);
            if (connection != null) {
                connection.untrack(idJson, this);
            }
            return true;
        }
    }
}
