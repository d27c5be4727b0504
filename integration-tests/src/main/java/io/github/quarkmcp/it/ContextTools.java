package io.github.quarkmcp.it;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.quarkmcp.AudioContent;
import io.github.quarkmcp.EmbeddedResource;
import io.github.quarkmcp.ImageContent;
import io.github.quarkmcp.LogLevel;
import io.github.quarkmcp.McpContext;
import io.github.quarkmcp.ResourceLink;
import io.github.quarkmcp.TextContent;
import io.github.quarkmcp.Tool;
import io.github.quarkmcp.ToolResult;
import io.smallrye.mutiny.Uni;

/** Logging, every content type, and the context injected into a bean instead of passed as a parameter. */
@ApplicationScoped
public class ContextTools {

    /** A one-pixel PNG. */
    static final String PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Inject
    Auditor auditor;

    @Tool(name = "log_levels", description = "Logs one message at each of debug, info, warning and error.")
    public String logLevels(McpContext ctx) {
        ctx.debug("debug message");
        ctx.info("info message");
        ctx.log(LogLevel.WARNING, "exporter", "warning message");
        ctx.error("error message");
        return "logged";
    }

    @Tool(name = "all_content", description = "Returns one item of each content type.")
    public ToolResult allContent() {
        return ToolResult.success(new TextContent("some text"), new ImageContent(PIXEL_PNG, "image/png"),
                new AudioContent("UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=", "audio/wav"),
                EmbeddedResource.text("file:///notes.txt", "text/plain", "the notes"),
                new ResourceLink("file:///report.pdf", "report.pdf", "the full report", "application/pdf"));
    }

    @Tool(name = "injected_context", description = "Reports progress through an injected McpContext after an async hop.")
    public Uni<String> injectedContext() {
        return Uni.createFrom().item("audited").onItem().delayIt().by(Duration.ofMillis(50))
                .map(item -> auditor.audit(item));
    }

    /** A bean that uses the context of whatever call it serves. */
    @ApplicationScoped
    public static class Auditor {

        @Inject
        McpContext ctx;

        String audit(String item) {
            ctx.reportProgress(1, 1, "audit of " + item);
            return item + " in request " + ctx.requestId();
        }
    }
}
