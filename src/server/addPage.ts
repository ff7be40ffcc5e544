import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The phone page, `/add` (src/add): its HTML and stylesheet, and its script bundled from this repository
 * with esbuild when the server starts, so what a phone runs is exactly this version's code. Served with a
 * CSP that lets it load only these files and talk only to this server.
 */
export interface StaticFile {
  readonly type: string;
  readonly body: Buffer;
}

export const ADD_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const here = dirname(fileURLToPath(import.meta.url));
const source = (...parts: string[]) => join(here, '..', 'add', ...parts);

let built: Promise<Map<string, StaticFile>> | null = null;
/** Built once per process (tests start many servers). */
export const buildAddPage = (): Promise<Map<string, StaticFile>> => (built ??= build());

const build = async (): Promise<Map<string, StaticFile>> => {
  const esbuild = await import('esbuild');
  const script = await esbuild.build({
    entryPoints: [source('main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return new Map([
    ['/add', { type: 'text/html; charset=utf-8', body: await readFile(source('page.html')) }],
    ['/add.css', { type: 'text/css; charset=utf-8', body: await readFile(source('page.css')) }],
    ['/add.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(script.outputFiles[0]!.contents) }],
  ]);
};
