import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PrFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/**
 * A real HTTP server on 127.0.0.1 that answers like GitHub's pull-request files endpoint
 * (GET /repos/{owner}/{repo}/pulls/{n}/files), a few files per page with `Link` headers.
 */
export interface FakeGitHub {
  url: string;
  requests: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

export async function startFakeGitHub(pulls: Record<string, PrFile[]>, opts: { pageSize?: number; status?: number } = {}): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, authorization: req.headers.authorization });
    const m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    const files = m && pulls[`${m[1]}/${m[2]}#${m[3]}`];
    if (opts.status || req.method !== 'GET' || !files) {
      res.writeHead(opts.status ?? 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: opts.status ? 'Server Error' : 'Not Found' }));
      return;
    }
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), opts.pageSize ?? 2);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(files.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.href.replace('http://127.0.0.1', base));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
    res.writeHead(200, { 'content-type': 'application/json', ...(links.length ? { link: links.join(', ') } : {}) });
    res.end(JSON.stringify(files.slice((page - 1) * perPage, page * perPage).map((f) => ({ sha: '0'.repeat(40), additions: 1, deletions: 0, changes: 1, ...f }))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
