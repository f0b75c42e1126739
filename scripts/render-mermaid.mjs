// Renders Mermaid diagrams to SVG with the `mermaid` package in headless Debian Chromium, driven by
// playwright-core, from a page served on 127.0.0.1 (the identity-map test and the docs screenshot).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.AMLGUARD_CHROMIUM || '/usr/bin/chromium';

/** Whether the browser is here (the test skips without it). */
export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}

// Chromium on a machine without network: no background traffic, no GPU, no first-run work.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>identity map</title>
<style>body { font-family: sans-serif; margin: 16px; background: #fff; } h3 { font-size: 15px; margin: 18px 0 6px; }</style>
<script src="/mermaid.min.js"></script>
<script>mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', flowchart: { htmlLabels: true } });</script>
</head><body><main id="out"></main></body></html>`;

/**
 * Starts Chromium and a local server; `render(diagrams)` puts each diagram (with an optional
 * title) on the page and returns the SVG of each with its nodes, edges and edge labels; `screenshot(path)` saves the page.
 * Call `close()` when done: it stops the browser, the server and removes the profile folder.
 */
export async function openRenderer() {
  const require = createRequire(import.meta.url);
  const mermaidJs = readFileSync(join(require.resolve('mermaid/package.json'), '..', 'dist', 'mermaid.min.js'));
  const server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/mermaid.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(mermaidJs);
    else res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const profile = mkdtempSync(join(tmpdir(), 'amlguard-chromium-'));
  const stop = async (context) => {
    await context?.close().catch(() => {});
    await new Promise((done) => server.close(done));
    rmSync(profile, { recursive: true, force: true });
  };
  let context;
  try {
    const { chromium } = await import('playwright-core');
    // A persistent context on a fresh folder: Chromium gets --user-data-dir=<that folder>.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.mermaid !== 'undefined');
    return {
      page,
      async render(diagrams) {
        return page.evaluate(async (list) => {
          const out = document.getElementById('out');
          out.replaceChildren();
          const svgs = [];
          for (const [i, d] of list.entries()) {
            if (d.title) out.appendChild(Object.assign(document.createElement('h3'), { textContent: d.title }));
            const { svg } = await window.mermaid.render(`map${i}`, d.text);
            const box = document.createElement('div');
            box.innerHTML = svg;
            out.appendChild(box);
            // What a reader sees: each node's text and class, each edge's label and line style.
            const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
            svgs.push({
              svg,
              nodes: [...box.querySelectorAll('g.node')].map((n) => ({ id: n.id, text: text(n), class: n.getAttribute('class') })),
              edges: [...box.querySelectorAll('path.flowchart-link')].map((p) => ({ id: p.id, style: p.getAttribute('style') ?? '' })),
              edgeLabels: [...box.querySelectorAll('g.edgeLabel')].map(text),
            });
          }
          return svgs;
        }, diagrams);
      },
      async screenshot(path) {
        await page.locator('#out').screenshot({ path });
      },
      close: () => stop(context),
    };
  } catch (e) {
    await stop(context);
    throw e;
  }
}
