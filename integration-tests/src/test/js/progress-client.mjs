#!/usr/bin/env node
// Interop client for quarkus-mcp built on the official MCP TypeScript SDK.
//
// Usage: node progress-client.mjs [url] [transport]
//   url        default http://localhost:8080/mcp (ws://localhost:8080/mcp/ws for transport "ws")
//   transport  "http" (Streamable HTTP, default) or "ws" (WebSocket)
//
// Connects, lists tools, calls process_items with onprogress and a string progress token, prints every
// progress notification and the structured result, closes, and prints one machine-readable line:
//   RESULT {"transport":...,"progress":[...],"progressToken":...,"receivedProgressTokens":[...],
//           "structuredContent":...,"tools":[...],"ms":...}
// Exits 0 on success, 1 (with a "FAIL ..." line on stderr) on any failure.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';

const ITEMS = ['alpha', 'beta', 'gamma', 'delta'];
const TOOL = 'process_items';
const CALL_TIMEOUT_MS = 30_000;
const WATCHDOG_MS = 60_000;
// After the result arrives, wait this long before closing so that a progress
// notification sent (wrongly) after the response is still seen and reported.
const LATE_NOTIFICATION_GRACE_MS = 250;

const DEFAULT_URLS = {
    http: 'http://localhost:8080/mcp',
    ws: 'ws://localhost:8080/mcp/ws'
};
const ALLOWED_SCHEMES = {
    http: ['http:', 'https:'],
    ws: ['ws:', 'wss:']
};

class CheckFailure extends Error {}

function fail(message, error) {
    const detail = error ? `: ${error?.stack ?? error}` : '';
    console.error(`FAIL ${message}${detail}`);
    process.exit(1);
}

function check(condition, message) {
    if (!condition) {
        throw new CheckFailure(message);
    }
}

function parseArgs(argv) {
    const transportName = argv[3] ?? 'http';
    if (!(transportName in DEFAULT_URLS)) {
        fail(`unknown transport "${transportName}" (expected "http" or "ws")`);
    }
    const rawUrl = argv[2] ?? DEFAULT_URLS[transportName];
    let url;
    try {
        url = new URL(rawUrl);
    } catch (error) {
        fail(`invalid server URL "${rawUrl}"`, error);
    }
    if (!ALLOWED_SCHEMES[transportName].includes(url.protocol)) {
        fail(`transport "${transportName}" needs a ${ALLOWED_SCHEMES[transportName].join('/')} URL, got "${rawUrl}"`
            + ` (e.g. ${DEFAULT_URLS[transportName]})`);
    }
    return { url, transportName };
}

async function createTransport(transportName, url) {
    if (transportName === 'http') {
        const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js');
        return new StreamableHTTPClientTransport(url);
    }
    // The SDK's WebSocketClientTransport calls `new WebSocket(url, 'mcp')` on the global
    // WebSocket. Node 20 has no global WebSocket (only behind --experimental-websocket),
    // so supply the `ws` package's implementation, which has the same browser-style API.
    if (typeof globalThis.WebSocket === 'undefined') {
        const { WebSocket } = await import('ws');
        globalThis.WebSocket = WebSocket;
    }
    const { WebSocketClientTransport } = await import('@modelcontextprotocol/sdk/client/websocket.js');
    return new WebSocketClientTransport(url);
}

// The SDK's onprogress always sends the request's id, a number, as progressToken. To prove that the server
// echoes a string token unchanged, this tap rewrites the token of each outgoing tools/call to a string and maps
// the string back to the SDK's number on incoming notifications/progress, recording the token the server sent.
function tapProgressTokens(transport, transportName) {
    const sdkTokens = new Map(); // our string token -> the SDK's numeric token
    const sent = [];
    const received = [];
    const wire = []; // what arrived, in arrival order, before the SDK dispatches it
    let wireSeq = 0;
    const send = transport.send.bind(transport);
    transport.send = (message, options) => {
        const meta = message?.params?._meta;
        if (message?.method === 'tools/call' && meta?.progressToken !== undefined) {
            const token = `interop-${transportName}-${meta.progressToken}`;
            sdkTokens.set(token, meta.progressToken);
            sent.push(token);
            message = { ...message, params: { ...message.params, _meta: { ...meta, progressToken: token } } };
        }
        return send(message, options);
    };
    return {
        sent,
        received,
        wire,
        // Call after client.connect(), which installs the SDK's onmessage.
        wrapIncoming() {
            const onmessage = transport.onmessage;
            transport.onmessage = (message, extra) => {
                if (message?.method === 'notifications/progress') {
                    const token = message.params?.progressToken;
                    received.push(token);
                    wire.push({ seq: ++wireSeq, kind: 'progress', token, progress: message.params?.progress,
                        total: message.params?.total, message: message.params?.message });
                    if (sdkTokens.has(token)) {
                        message = { ...message, params: { ...message.params, progressToken: sdkTokens.get(token) } };
                    }
                }
                else if (message?.id !== undefined && (message.result !== undefined || message.error !== undefined)) {
                    wire.push({ seq: ++wireSeq, kind: 'response', id: message.id });
                }
                onmessage?.(message, extra);
            };
        }
    };
}

/** The arrival number of the (only) response on the wire. */
function lastResponseSeq(wire) {
    const responses = wire.filter(m => m.kind === 'response');
    return responses.length === 0 ? Infinity : responses[responses.length - 1].seq;
}

async function main() {
    const { url, transportName } = parseArgs(process.argv);
    const started = performance.now();

    // One sequence counter for everything we observe, to check ordering.
    let seq = 0;
    const progress = [];
    const clientErrors = [];

    const transport = await createTransport(transportName, url);
    const tokens = tapProgressTokens(transport, transportName);
    const client = new Client({ name: 'quarkus-mcp-interop-js', version: '0.0.0' });
    client.onerror = error => {
        clientErrors.push({ seq: ++seq, message: String(error?.message ?? error) });
        console.error(`client error: ${error?.message ?? error}`);
    };

    let connected = false;
    try {
        console.log(`connecting ${transportName} ${url.href}`);
        await client.connect(transport);
        connected = true;
        tokens.wrapIncoming();
        const server = client.getServerVersion();
        const protocolVersion = transport.protocolVersion ?? '(not exposed by transport)';
        console.log(`connected to ${server?.name} ${server?.version} protocol ${protocolVersion}`
            + (transport.sessionId ? ` session ${transport.sessionId}` : ''));

        const { tools } = await client.listTools();
        const toolNames = tools.map(t => t.name);
        console.log(`tools ${JSON.stringify(toolNames)}`);
        check(toolNames.includes(TOOL), `server does not list tool ${TOOL}`);

        const onprogress = p => {
            const entry = { seq: ++seq, progress: p.progress, total: p.total };
            if (p.message !== undefined) {
                entry.message = p.message;
            }
            progress.push(entry);
            console.log(`progress ${p.progress}/${p.total ?? '?'}${p.message !== undefined ? ` ${p.message}` : ''}`);
        };
        const result = await client.callTool(
            { name: TOOL, arguments: { items: ITEMS } },
            undefined,
            { onprogress, timeout: CALL_TIMEOUT_MS });
        const resultSeq = ++seq;

        check(!result.isError, `tool call returned isError: ${JSON.stringify(result.content)}`);
        check(result.structuredContent !== undefined, `tool result has no structuredContent: ${JSON.stringify(result)}`);
        console.log(`structuredContent ${JSON.stringify(result.structuredContent)}`);

        // Give a misbehaving server the chance to send progress after the response.
        await new Promise(resolve => setTimeout(resolve, LATE_NOTIFICATION_GRACE_MS));

        // --- checks, on what the server put on the wire ---
        // The SDK dispatches a response at once but a notification a microtask later (typescript-sdk#2580), so when
        // the last progress and the response arrive in one socket read, its onprogress misses that progress and it
        // reports "unknown token". The tap sees the wire order before the SDK reorders; the server is judged on it.
        const wireProgress = tokens.wire.filter(m => m.kind === 'progress');
        check(wireProgress.length > 0, 'no progress notification was received');
        // The tool call's response is the last response on the wire (tools/list came before it).
        const afterResponse = wireProgress.filter(p => p.seq > lastResponseSeq(tokens.wire));
        check(afterResponse.length === 0,
            `progress notification(s) after the result on the wire: ${JSON.stringify(afterResponse)}`);
        const sdkReordered = clientErrors.filter(e => e.message.includes('progress notification for an unknown token'));
        const otherErrors = clientErrors.filter(e => !sdkReordered.includes(e));
        if (sdkReordered.length > 0) {
            console.log(`note: the SDK dispatched ${sdkReordered.length} progress notification(s) after the response`
                + ' that arrived before it (typescript-sdk#2580); judged on the wire order instead');
        }
        check(otherErrors.length === 0, `client reported errors: ${otherErrors.map(e => e.message).join('; ')}`);
        check(progress.length + sdkReordered.length === wireProgress.length,
            `onprogress saw ${progress.length} notifications, the wire carried ${wireProgress.length}`);
        check(tokens.sent.length === 1, `expected one progressToken sent, got ${JSON.stringify(tokens.sent)}`);
        const wrongTokens = tokens.received.filter(t => t !== tokens.sent[0]);
        check(wrongTokens.length === 0,
            `progress token not echoed unchanged: sent ${JSON.stringify(tokens.sent[0])}, got ${JSON.stringify(wrongTokens)}`);
        for (let i = 1; i < wireProgress.length; i++) {
            check(wireProgress[i].progress > wireProgress[i - 1].progress,
                `progress not strictly increasing: ${wireProgress[i - 1].progress} then ${wireProgress[i].progress}`);
        }
        const lastProgress = wireProgress[wireProgress.length - 1];
        check(wireProgress.length === ITEMS.length + 1,
            `expected ${ITEMS.length + 1} progress notifications (one per item and one at the end), got ${wireProgress.length}`);
        check(progress.every(p => p.seq < resultSeq), 'onprogress ran after callTool returned');
        check(lastProgress.total === undefined || lastProgress.progress === lastProgress.total,
            `last progress ${lastProgress.progress} does not reach total ${lastProgress.total}`);
        const sc = result.structuredContent;
        check(sc.processed === ITEMS.length, `structuredContent.processed is ${sc.processed}, expected ${ITEMS.length}`);
        check(JSON.stringify(sc.results) === JSON.stringify(ITEMS.map(s => s.toUpperCase())),
            `structuredContent.results is ${JSON.stringify(sc.results)}`);

        // --- close ---
        if (typeof transport.terminateSession === 'function') {
            await transport.terminateSession(); // DELETE /mcp; 405 is accepted by the SDK
        }
        await client.close();
        connected = false;
        console.log('closed');

        const summary = {
            transport: transportName,
            progress: wireProgress.map(({ progress: value, total, message }) =>
                message === undefined ? { progress: value, total } : { progress: value, total, message }),
            sdkReorderedProgress: sdkReordered.length,
            progressToken: tokens.sent[0],
            receivedProgressTokens: tokens.received,
            structuredContent: result.structuredContent,
            tools: toolNames,
            ms: Math.round(performance.now() - started)
        };
        console.log(`RESULT ${JSON.stringify(summary)}`);
    } finally {
        if (connected) {
            await client.close().catch(() => {});
        }
    }
}

const watchdog = setTimeout(() => fail(`no completion within ${WATCHDOG_MS} ms`), WATCHDOG_MS);
watchdog.unref();

main().then(
    () => process.exit(0),
    error => {
        if (error instanceof CheckFailure) {
            fail(`check failed: ${error.message}`);
        }
        const cause = error?.cause ? ` (cause: ${error.cause?.message ?? error.cause})` : '';
        fail(`${error?.name ?? 'Error'}: ${error?.message ?? error}${cause}`);
    });
