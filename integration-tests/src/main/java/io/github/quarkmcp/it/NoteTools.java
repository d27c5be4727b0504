package io.github.quarkmcp.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import io.github.quarkmcp.McpResources;
import io.github.quarkmcp.ResourceContents;
import io.github.quarkmcp.Tool;

/** Resources that exist only at run time: a note becomes a resource when published, and stops being one withdrawn. */
public class NoteTools {

    @Inject
    McpResources resources;

    private final Map<String, McpResources.Registration> published = new ConcurrentHashMap<>();

    @Tool(name = "publish_note", description = "Publishes a note as the resource note://<name>.")
    public String publish(String name, String text) {
        String uri = "note://" + name;
        McpResources.Registration registration = resources.add(uri, "note " + name, "text/plain", "a published note",
                ctx -> ResourceContents.text(uri, "text/plain", text));
        published.put(name, registration); // a note published again replaces the resource: same URI
        return uri;
    }

    @Tool(name = "withdraw_note", description = "Withdraws the note published as note://<name>.")
    public String withdraw(String name) {
        McpResources.Registration registration = published.remove(name);
        if (registration == null) {
            return "no note " + name;
        }
        registration.remove();
        return "withdrawn note://" + name;
    }
}
