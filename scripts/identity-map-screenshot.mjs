// Renders the identity map of examples/ (as `amlguard graph --format mermaid` and the job summary
// draw it) in headless Chromium and saves docs/identity-map.png for the README.
// Run `npm run compile && node scripts/identity-map-screenshot.mjs` (needs /usr/bin/chromium).
import { lint } from '../lib/src/engine/lint.js';
import { prepareRun } from '../lib/src/app/setup.js';
import { graphReportOf } from '../lib/src/app/graph-report/for-run.js';
import { workspaceMaps } from '../lib/src/app/graph-report/mermaid.js';
import { openRenderer } from './render-mermaid.mjs';

const root = new URL('../examples', import.meta.url).pathname;
const out = new URL('../docs/identity-map.png', import.meta.url).pathname;
const { options } = await prepareRun({ root });
const maps = workspaceMaps(graphReportOf(lint({ ...options, only: [] }).model, options));
const renderer = await openRenderer();
try {
  await renderer.render(maps.map((m) => ({ title: m.title, text: m.mermaid })));
  await renderer.screenshot(out);
  console.log(`wrote ${out} (${maps.length} workspaces)`);
} finally {
  await renderer.close();
}
