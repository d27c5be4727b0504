// Benchmark (not a test): what a tool that reports progress in a tight loop costs, and what the client receives.
// Calls the demo's report_flood tool over Streamable HTTP and prints, per call: how long the tool's loop of
// reportProgress calls took (measured inside the tool), how long the whole call took as the client saw it, and
// how many progress notifications arrived.
//
// Usage: node bench/progress-flood.mjs [url] [reports] [calls]
//   with the demo app running, e.g.
//   java -Dquarkus.mcp.progress.min-interval=20ms -jar integration-tests/target/quarkus-app/quarkus-run.jar
const url = process.argv[2] ?? 'http://localhost:8080/mcp';
const reports = Number(process.argv[3] ?? 1_000_000);
const calls = Number(process.argv[4] ?? 5);
const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };

async function post(body, session) {
  const response = await fetch(url, {
    method: 'POST',
    headers: session ? { ...headers, 'Mcp-Session-Id': session, 'MCP-Protocol-Version': '2025-11-25' } : headers,
    body: JSON.stringify(body),
  });
  return { response, text: await response.text() };
}

const init = await post({ jsonrpc: '2.0', id: 0, method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } });
const session = init.response.headers.get('mcp-session-id');

const rows = [];
for (let i = 1; i <= calls; i++) {
  const start = performance.now();
  const { text } = await post({ jsonrpc: '2.0', id: i, method: 'tools/call',
    params: { name: 'report_flood', arguments: { reports }, _meta: { progressToken: `flood-${i}` } } }, session);
  const callMillis = performance.now() - start;
  const messages = text.split('\n').filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)));
  const notifications = messages.filter((m) => m.method === 'notifications/progress');
  const result = (messages.find((m) => m.id === i) ?? JSON.parse(text)).result.structuredContent;
  const last = notifications.length ? notifications[notifications.length - 1].params.progress : null;
  rows.push({ loopMillis: result.loopMillis, callMillis, notifications: notifications.length, last });
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const row of rows) {
  console.log(`loop ${row.loopMillis.toFixed(1)} ms, call ${row.callMillis.toFixed(1)} ms, `
    + `${row.notifications} notifications, last ${row.last}`);
}
console.log(`MEDIAN reports=${reports} loop=${median(rows.map((r) => r.loopMillis)).toFixed(1)}ms `
  + `call=${median(rows.map((r) => r.callMillis)).toFixed(1)}ms notifications=${median(rows.map((r) => r.notifications))}`);
