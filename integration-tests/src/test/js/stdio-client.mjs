#!/usr/bin/env node
// Interop client for quarkus-mcp over stdio, built on the official MCP TypeScript SDK: v1
// (@modelcontextprotocol/sdk, StdioClientTransport from client/stdio.js) or v2 (@modelcontextprotocol/client,
// StdioClientTransport from @modelcontextprotocol/client/stdio). The SDK launches the server itself.
//
// Usage: node stdio-client.mjs <v1|v2> <legacy|auto> <command> [args...]
//   v1        speaks 2025-11-25 (initialize); the mode is ignored
//   v2        with versionNegotiation "legacy" (initialize, 2025-11-25) or "auto" (probes server/discover on stdio,
//             stays on 2026-07-28)
//   command   how to launch the server, e.g. java -Dquarkus.mcp.stdio.enabled=true -jar quarkus-run.jar
//
// It calls process_items with onprogress, then calls wait_for_cancel and aborts it after its second progress
// (the SDK sends notifications/cancelled), then asks cancelled_calls whether the tool saw it; then it closes the
// transport (stdin) and waits for the server to exit. Prints one line, RESULT {...}, and exits 0; on any failure a
// "FAIL ..." line on stderr and exit 1. Every message that arrives is recorded in arrival order.

const WATCHDOG_MS = 90_000;
const GRACE_MS = 400;

function fail(message, error) {
    console.error(`FAIL ${message}${error ? `: ${error?.stack ?? error}` : ''}`);
    process.exit(1);
}

const [sdk, mode, command, ...args] = process.argv.slice(2);
if (!['v1', 'v2'].includes(sdk) || !['legacy', 'auto'].includes(mode) || !command) {
    fail('usage: node stdio-client.mjs <v1|v2> <legacy|auto> <command> [args...]');
}
setTimeout(() => fail(`no result within ${WATCHDOG_MS} ms`), WATCHDOG_MS).unref();

let client;
let transport;
if (sdk === 'v1') {
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    client = new Client({ name: 'quarkus-mcp-stdio-v1', version: '0.0.0' });
    transport = new StdioClientTransport({ command, args, stderr: 'inherit' });
    // v1 tells no negotiated version; it hands the one of the initialize result to its transport.
    const setProtocolVersion = transport.setProtocolVersion?.bind(transport);
    transport.setProtocolVersion = version => {
        transport.negotiated = version;
        setProtocolVersion?.(version);
    };
} else {
    const { Client } = await import('@modelcontextprotocol/client');
    const { StdioClientTransport } = await import('@modelcontextprotocol/client/stdio');
    client = new Client({ name: 'quarkus-mcp-stdio-v2', version: '0.0.0' }, { versionNegotiation: { mode } });
    transport = new StdioClientTransport({ command, args, stderr: 'inherit' });
}
// v1's callTool takes (params, resultSchema, options), v2's (params, options).
const callTool = (params, options) => sdk === 'v1' ? client.callTool(params, undefined, options) : client.callTool(params, options);
const clientErrors = [];
client.onerror = error => clientErrors.push(String(error?.message ?? error));

const wire = [];
function tapWire() {
    const onmessage = transport.onmessage;
    transport.onmessage = (message, extra) => {
        wire.push({
            at: performance.now(),
            method: message?.method,
            id: message?.id,
            progress: message?.params?.progress,
            total: message?.params?.total,
            resultType: message?.result?.resultType,
            response: message?.id !== undefined && (message.result !== undefined || message.error !== undefined)
        });
        onmessage?.(message, extra);
    };
}

async function progress() {
    const reports = [];
    const result = await callTool({ name: 'process_items', arguments: { items: ['alpha', 'beta', 'gamma'] } },
        { onprogress: report => reports.push({ progress: report.progress, total: report.total }) });
    await new Promise(resolve => setTimeout(resolve, GRACE_MS));
    const response = wire.findLast(m => m.response);
    // The SDK handles a response at once but a notification a microtask later, so a final progress that arrives in
    // the same read as the response reaches onprogress after its handler is gone ("unknown token",
    // typescript-sdk#2580). The server is judged on the wire order, which the tap records before the SDK dispatches.
    return {
        progress: wire.filter(m => m.method === 'notifications/progress').map(m => ({ progress: m.progress, total: m.total })),
        sdkProgress: reports,
        structuredContent: result.structuredContent,
        wireResultType: response?.resultType ?? null,
        progressAfterResponse: wire.filter(m => m.method === 'notifications/progress' && m.at > (response?.at ?? Infinity)).length
    };
}

async function abort() {
    const label = `stdio-${sdk}-${mode}-${Date.now()}`;
    const controller = new AbortController();
    let seen = 0;
    let abortedAt = null;
    const call = callTool({ name: 'wait_for_cancel', arguments: { label } }, {
        signal: controller.signal,
        onprogress: () => {
            if (++seen === 2) {
                abortedAt = performance.now();
                controller.abort('interop test');
            }
        }
    });
    let outcome;
    try {
        await call;
        outcome = 'answered';
    } catch (error) {
        outcome = controller.signal.aborted ? 'aborted' : `failed: ${error?.message ?? error}`;
    }
    await new Promise(resolve => setTimeout(resolve, 600));
    const afterAbort = abortedAt === null ? -1
        : wire.filter(m => m.at > abortedAt && (m.method === 'notifications/progress' || m.response)).length;
    const cancelled = await callTool({ name: 'cancelled_calls', arguments: {} });
    const labels = cancelled.structuredContent?.result ?? JSON.parse(cancelled.content[0].text);
    return { outcome, progressBeforeAbort: seen, messagesAfterAbort: afterAbort, toolSawCancellation: labels.includes(label) };
}

try {
    const started = performance.now();
    await client.connect(transport);
    const connectedMs = Math.round(performance.now() - started);
    tapWire();
    const negotiated = sdk === 'v1' ? transport.negotiated ?? null : client.getNegotiatedProtocolVersion();
    // The SDKs keep the child process private; its exit tells whether the server left on its own when stdin closed
    // (exit code 0) or had to be killed by the SDK after its own wait (a signal).
    const child = transport._process;
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
    const progressReport = await progress();
    const abortReport = await abort();
    const closing = performance.now();
    await client.close(); // closes the server's stdin; the SDK waits up to 2 s, then sends SIGTERM
    const exit = await exited;
    console.log('RESULT ' + JSON.stringify({ sdk, mode, negotiated, connectedMs, clientErrors, ...progressReport,
        abort: abortReport, serverExit: exit, exitMs: Math.round(performance.now() - closing) }));
    process.exit(0);
} catch (error) {
    fail(`${sdk}/${mode}`, error);
}
