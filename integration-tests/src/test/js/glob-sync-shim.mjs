// Lets @modelcontextprotocol/conformance (both pinned versions: the 0.2 line is installed as conformance-2026)
// run on Node 20: its CLI does
//   import { globSync } from 'fs'
// and fs.globSync only exists from Node 22 on. Load this first:
//   node --import ./glob-sync-shim.mjs node_modules/@modelcontextprotocol/conformance/dist/index.js ...
//
// Setting fs.globSync is not enough for an ES module: the named exports of a built-in module are fixed when
// Node starts (module.syncBuiltinESMExports() updates their values but adds no names). So, on a Node without
// fs.globSync, a resolve hook hands the conformance package an 'fs' that is node:fs plus globSync.
// On Node 22+ this file does nothing.
//
// The CLI calls globSync only as globSync('**/checks.json', { cwd }) (to read saved results), so the
// implementation below supports what such patterns need: '**', '*', '?', and the cwd option.

import fs from 'node:fs';
import path from 'node:path';
import { register } from 'node:module';

/** fs.globSync, small: patterns of '**', '*', '?' and literal segments; returns paths relative to cwd. */
export function globSync(patterns, options = {}) {
    const cwd = options.cwd ? String(options.cwd) : process.cwd();
    const regexes = (Array.isArray(patterns) ? patterns : [patterns]).map(toRegExp);
    const found = [];
    const walk = relative => {
        let entries;
        try {
            entries = fs.readdirSync(path.join(cwd, relative), { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (regexes.some(regex => regex.test(child))) {
                found.push(child.split('/').join(path.sep));
            }
            if (entry.isDirectory()) {
                walk(child);
            }
        }
    };
    walk('');
    return found;
}

function toRegExp(pattern) {
    const segments = String(pattern).split(/[\\/]+/).filter(segment => segment !== '' && segment !== '.');
    let source = '';
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
        if (!last) {
            source += '/';
        }
    });
    return new RegExp(`^${source}$`);
}

if (typeof fs.globSync !== 'function') {
    fs.globSync = globSync; // for CommonJS callers

    const shimUrl = import.meta.url;
    // node:fs plus globSync, as a module of its own.
    const fsWithGlob = 'data:text/javascript,' + encodeURIComponent(
        `export * from 'node:fs'; export { default } from 'node:fs'; export { globSync } from ${JSON.stringify(shimUrl)};`);
    const hooks = `
        export async function resolve(specifier, context, nextResolve) {
            if ((specifier === 'fs' || specifier === 'node:fs') && context.parentURL
                    && (context.parentURL.includes('/@modelcontextprotocol/conformance/')
                        || context.parentURL.includes('/conformance-2026/'))) {
                return { url: ${JSON.stringify(fsWithGlob)}, shortCircuit: true };
            }
            return nextResolve(specifier, context);
        }`;
    register('data:text/javascript,' + encodeURIComponent(hooks));
}
