package io.github.quarkmcp.it.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.quarkmcp.AudioContent;
import io.github.quarkmcp.Content;
import io.github.quarkmcp.EmbeddedResource;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.McpNotifier;
import io.github.quarkmcp.TextContent;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolArg;
import io.github.quarkmcp.ToolCallException;
import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The tools that the official MCP conformance suite ({@code @modelcontextprotocol/conformance}) calls on a server
 * under test, written with the public API the way a user would. They exist only in the {@code conformance} build
 * profile, so the demo app does not serve them.
 */
@ApplicationScoped
@IfBuildProfile("conformance")
public class ConformanceTools {

    @Inject
    McpNotifier notifier;

    /** A 1x1 red PNG. */
    static final String RED_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    /** A tenth of a second of silence: 8 kHz, 8-bit mono PCM in a WAV container. */
    static final byte[] SILENCE_WAV = wav(8000, 800);

    @Tool(name = "test_simple_text", description = "Returns a simple text response.")
    public String simpleText() {
        return "This is a simple text response for testing.";
    }

    @Tool(name = "test_image_content", description = "Returns an image (a 1x1 red PNG).")
    public ImageContent imageContent() {
        return new ImageContent(RED_PIXEL_PNG, "image/png");
    }

    @Tool(name = "test_audio_content", description = "Returns audio (a short WAV of silence).")
    public AudioContent audioContent() {
        return AudioContent.of(SILENCE_WAV, "audio/wav");
    }

    @Tool(name = "test_embedded_resource", description = "Returns a text resource embedded in the result.")
    public EmbeddedResource embeddedResource() {
        return EmbeddedResource.text("test://embedded-resource", "text/plain", "This is an embedded resource content.");
    }

    @Tool(name = "test_multiple_content_types", description = "Returns text, an image and an embedded resource.")
    public List<Content> multipleContentTypes() {
        return List.of(new TextContent("Multiple content types test:"),
                new ImageContent(RED_PIXEL_PNG, "image/png"),
                EmbeddedResource.text("test://mixed-content-resource", "application/json", "{\"test\":\"data\",\"value\":123}"));
    }

    @Tool(name = "test_tool_with_logging", description = "Sends three info log messages while it runs.")
    public String toolWithLogging(McpContext ctx) throws InterruptedException {
        ctx.info("Tool execution started");
        Thread.sleep(50);
        ctx.info("Tool processing data");
        Thread.sleep(50);
        ctx.info("Tool execution completed");
        return "Tool with logging executed successfully";
    }

    @Tool(name = "test_error_handling", description = "Always fails, to test error reporting.")
    public String errorHandling() {
        throw new ToolCallException("This tool intentionally returns an error for testing");
    }

    @Tool(name = "test_tool_with_progress", description = "Reports progress 0, 50 and 100 of 100 while it runs.")
    public String toolWithProgress(McpContext ctx) throws InterruptedException {
        ctx.reportProgress(0, 100);
        Thread.sleep(50);
        ctx.reportProgress(50, 100);
        Thread.sleep(50);
        ctx.reportProgress(100, 100);
        return "Tool with progress executed successfully";
    }

    /** A postal address; shared by reference ({@code $defs}) in the input schema. */
    public record Address(String street, String city) {
    }

    @Tool(name = "json_schema_2020_12_tool", description = "Tool with JSON Schema 2020-12 features", inputSchema = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "$defs": {
                "address": {
                  "$anchor": "addressDef",
                  "type": "object",
                  "properties": {"street": {"type": "string"}, "city": {"type": "string"}}
                }
              },
              "properties": {
                "name": {"type": "string", "description": "a name"},
                "address": {"$ref": "#/$defs/address", "description": "an address"},
                "contactMethod": {"type": "string", "enum": ["phone", "email"]},
                "phone": {"type": "string"},
                "email": {"type": "string"}
              },
              "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
              "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
              "then": {"required": ["phone"]},
              "else": {"required": ["email"]},
              "additionalProperties": false
            }
            """)
    public String jsonSchema202012(@ToolArg(description = "a name") Optional<String> name,
            @ToolArg(description = "an address") Optional<Address> address, Optional<String> contactMethod,
            Optional<String> phone, Optional<String> email) {
        return "name=" + name.orElse("") + ", address=" + address.map(Address::toString).orElse("");
    }

    // --- 2026-07-28 diagnostics (server-stateless, http-custom-header-server-validation) ---

    @Tool(name = "test_missing_capability", description = "Test tool requiring sampling",
            requiredClientCapabilities = "sampling")
    public String missingCapability() {
        return "Success";
    }

    @Tool(name = "test_logging_tool", description = "Diagnostic logging validator tool")
    public String loggingTool(McpContext ctx) {
        ctx.info("Diagnostic trace logging activated"); // sent only if the request named a log level
        return "Logging evaluated";
    }

    @Tool(name = "test_streaming_elicitation", description = "Diagnostic tool validating response progress streams")
    public String streamingElicitation(McpContext ctx) {
        ctx.reportProgress(50, 100);
        return "Streaming complete";
    }

    @Tool(name = "test_trigger_tool_change", description = "Tells subscribed clients that the tool list changed")
    public String triggerToolChange() {
        notifier.toolsListChanged();
        return "Tool list change announced";
    }

    @Tool(name = "test_trigger_prompt_change", description = "Tells subscribed clients that the prompt list changed")
    public String triggerPromptChange() {
        notifier.promptsListChanged();
        return "Prompt list change announced";
    }

    @Tool(name = "test_custom_header", description = "Echoes an argument that an Mcp-Param-Region header mirrors")
    public String customHeader(@ToolArg(header = "Region", description = "where to run") String region) {
        return "region=" + region;
    }

    private static byte[] wav(int sampleRate, int samples) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
        header.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1) // PCM, mono
                .putInt(sampleRate).putInt(sampleRate).putShort((short) 1).putShort((short) 8); // byte rate, align, bits
        header.put("data".getBytes()).putInt(samples);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + samples);
        out.writeBytes(header.array());
        for (int i = 0; i < samples; i++) {
            out.write(128); // silence in unsigned 8-bit PCM
        }
        return out.toByteArray();
    }
}
