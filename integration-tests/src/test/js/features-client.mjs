#!/usr/bin/env node
// Interop client for quarkus-mcp on the official MCP TypeScript SDK v1 (@modelcontextprotocol/sdk): over Streamable
// HTTP, lists resources and prompts, reads the latest report and gets the summarise prompt, then prints
//   RESULT {"resourceUris":[...],"read":{...},"promptNames":[...],"promptMessages":[...]}
// Exits 0 on success, 1 (with a "FAIL ..." line on stderr) on any failure.
//
// Usage: node features-client.mjs <url>

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const url = process.argv[2];
if (!url) {
    console.error('FAIL usage: node features-client.mjs <url>');
    process.exit(1);
}
setTimeout(() => {
    console.error('FAIL no result within 60 s');
    process.exit(1);
}, 60_000).unref();

try {
    const client = new Client({ name: 'quarkus-mcp-interop-features', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    const resources = await client.listResources();
    const read = await client.readResource({ uri: 'file:///reports/latest.csv' });
    const prompts = await client.listPrompts();
    const prompt = await client.getPrompt({ name: 'summarise', arguments: { id: 'export-7' } });
    await client.close();
    console.log('RESULT ' + JSON.stringify({
        resourceUris: resources.resources.map(r => r.uri),
        read: read.contents[0],
        promptNames: prompts.prompts.map(p => p.name),
        promptMessages: prompt.messages
    }));
    process.exit(0);
} catch (error) {
    console.error(`FAIL ${error?.stack ?? error}`);
    process.exit(1);
}
