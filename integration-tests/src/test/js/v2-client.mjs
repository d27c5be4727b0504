#!/usr/bin/env node
// Interop client for quarkus-mcp built on the official MCP TypeScript SDK v2 (@modelcontextprotocol/client),
// which speaks both protocol eras over Streamable HTTP.
//
// Usage: node v2-client.mjs <url> <mode> <scenario>
//   mode      "legacy" (initialize, 2025-11-25), "auto" (probes server/discover, falls back) or "pin"
//             (2026-07-28 only)
//   scenario  "progress": calls process_items with onprogress and reports progress and result;
//             "features": lists resources and prompts, reads the latest report, gets the summarise prompt;
//             "abort":    calls wait_for_cancel, aborts it (its AbortSignal) after the second progress, waits,
//                         then asks cancelled_calls whether the tool saw the cancellation;
//             "elicit":   calls import_rows, whose tool asks what to do with invalid rows: the client's elicitation
//                         handler answers (skip them). 2025: a server request on the call's stream; 2026-07-28: an
//                         input_required result the SDK fulfils with the same handler and retries.
//
// Prints one machine-readable line, RESULT {...}, and exits 0; on any failure a "FAIL ..." line on stderr and
// exit 1. Everything that arrives on the wire is recorded in arrival order, so that a message for a request
// after its response (or after its abort) is seen even if the SDK would drop it.

import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const WATCHDOG_MS = 60_000;
const GRACE_MS = 400;

function fail(message, error) {
    console.error(`FAIL ${message}${error ? `: ${error?.stack ?? error}` : ''}`);
    process.exit(1);
}

const [url, modeName, scenario] = process.argv.slice(2);
const MODES = { legacy: 'legacy', auto: 'auto', pin: { pin: '2026-07-28' } };
if (!url || !(modeName in MODES) || !['progress', 'abort', 'features', 'elicit'].includes(scenario)) {
    fail('usage: node v2-client.mjs <url> <legacy|auto|pin> <progress|abort|features|elicit>');
}

setTimeout(() => fail(`no result within ${WATCHDOG_MS} ms`), WATCHDOG_MS).unref();

const wire = [];
const transport = new StreamableHTTPClientTransport(new URL(url));
const client = new Client({ name: 'quarkus-mcp-interop-v2', version: '0.0.0' },
    { versionNegotiation: { mode: MODES[modeName] }, capabilities: scenario === 'elicit' ? { elicitation: {} } : {} });
const questions = [];
if (scenario === 'elicit') {
    client.setRequestHandler('elicitation/create', async request => {
        questions.push({ message: request.params.message, requestedSchema: request.params.requestedSchema });
        return { action: 'accept', content: { skip: true } };
    });
}
const clientErrors = [];
client.onerror = error => clientErrors.push(String(error?.message ?? error));

function tapWire() {
    const onmessage = transport.onmessage;
    transport.onmessage = (message, extra) => {
        wire.push({
            at: performance.now(),
            method: message?.method,
            id: message?.id,
            progressToken: message?.params?.progressToken === undefined ? undefined : String(message.params.progressToken),
            progress: message?.params?.progress,
            total: message?.params?.total,
            resultType: message?.result?.resultType,
            response: message?.id !== undefined && (message.result !== undefined || message.error !== undefined)
        });
        onmessage?.(message, extra);
    };
}

async function progressScenario() {
    const progress = [];
    const result = await client.callTool({ name: 'process_items', arguments: { items: ['alpha', 'beta', 'gamma'] } },
        { onprogress: report => progress.push({ progress: report.progress, total: report.total }) });
    await new Promise(resolve => setTimeout(resolve, GRACE_MS));
    const response = wire.findLast(m => m.response);
    const responseAt = response?.at ?? Infinity;
    // Judged on the wire order (see stdio-client.mjs and typescript-sdk#2580): the SDK may dispatch the final
    // progress after the response that followed it on the wire.
    return {
        progress: wire.filter(m => m.method === 'notifications/progress').map(m => ({ progress: m.progress, total: m.total })),
        sdkProgress: progress,
        structuredContent: result.structuredContent,
        wireResultType: response?.resultType ?? null,
        progressAfterResponse: wire.filter(m => m.method === 'notifications/progress' && m.at > responseAt).length
    };
}

async function abortScenario() {
    const label = `v2-${modeName}-${Date.now()}`;
    const controller = new AbortController();
    let seen = 0;
    let abortedAt = null;
    const call = client.callTool({ name: 'wait_for_cancel', arguments: { label } }, {
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
    const afterAbort = abortedAt === null ? -1 : wire.filter(m => m.at > abortedAt
        && (m.method === 'notifications/progress' || m.response)).length;
    const cancelled = await client.callTool({ name: 'cancelled_calls', arguments: {} });
    return { label, outcome, progressBeforeAbort: seen, messagesAfterAbort: afterAbort,
        toolSawCancellation: (cancelled.structuredContent?.result ?? JSON.parse(cancelled.content[0].text)).includes(label) };
}

async function featuresScenario() {
    const resources = await client.listResources();
    const read = await client.readResource({ uri: 'file:///reports/latest.csv' });
    const prompts = await client.listPrompts();
    const prompt = await client.getPrompt({ name: 'summarise', arguments: { id: 'export-7' } });
    return {
        resourceUris: resources.resources.map(r => r.uri),
        read: read.contents[0],
        promptNames: prompts.prompts.map(p => p.name),
        promptMessages: prompt.messages
    };
}

async function elicitScenario() {
    const result = await client.callTool({ name: 'import_rows', arguments: { file: 'orders.csv', rows: 4, invalid: 1 } },
        { onprogress: () => {} });
    await new Promise(resolve => setTimeout(resolve, GRACE_MS));
    // Each request of the call (one in 2025; one per round in 2026-07-28) has its own token: its progress, in order.
    const progressByToken = {};
    for (const m of wire.filter(m => m.method === 'notifications/progress')) {
        (progressByToken[m.progressToken] ??= []).push(m.progress);
    }
    return {
        questions,
        structuredContent: result.structuredContent,
        resultTypes: wire.filter(m => m.response).map(m => m.resultType ?? null),
        serverRequests: wire.filter(m => m.method === 'elicitation/create' && m.id !== undefined).length,
        progressByToken: Object.values(progressByToken)
    };
}

try {
    await client.connect(transport);
    tapWire();
    const negotiated = client.getNegotiatedProtocolVersion();
    const report = scenario === 'progress' ? await progressScenario()
        : scenario === 'abort' ? await abortScenario()
            : scenario === 'elicit' ? await elicitScenario() : await featuresScenario();
    await client.close();
    console.log('RESULT ' + JSON.stringify({ mode: modeName, scenario, negotiated, clientErrors, ...report }));
    process.exit(0);
} catch (error) {
    fail(`${modeName}/${scenario}`, error);
}
