import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../relay/redis';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The configuration the README gives to hospitals' IT. */
export const NGINX_CONF = resolve(import.meta.dirname, '../../deploy/nginx/ubt-board.conf');

export interface Certificate {
  readonly cert: string;
  readonly key: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  readonly spki: string;
}

/** A certificate for localhost and 127.0.0.1 from openssl, valid for two days. */
export const makeCertificate = (dir: string): Certificate => {
  const cert = join(dir, 'fullchain.pem');
  const key = join(dir, 'privkey.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const publicKey = execFileSync('openssl', ['x509', '-in', cert, '-pubkey', '-noout']);
  const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'der'], { input: publicKey });
  const spki = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: der }).toString('base64');
  return { cert, key, spki };
};

export interface Nginx {
  readonly port: number;
  readonly certificate: Certificate;
  /** Lines of the access log: `METHOD PATH STATUS`. */
  accessLog(): string[];
  stop(): Promise<void>;
}

/** Debian's nginx in front of `upstreamPort`, running deploy/nginx/ubt-board.conf with its own port and certificate. */
export const startNginx = async (upstreamPort: number): Promise<Nginx> => {
  const dir = mkdtempSync(join(tmpdir(), 'ubt-nginx-'));
  const certificate = makeCertificate(dir);
  const port = await freePort();
  const site = readFileSync(NGINX_CONF, 'utf8')
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`)
    .replace('/etc/ssl/ubt/fullchain.pem', certificate.cert)
    .replace('/etc/ssl/ubt/privkey.pem', certificate.key)
    .replaceAll('http://127.0.0.1:4444', `http://127.0.0.1:${upstreamPort}`);
  writeFileSync(join(dir, 'ubt-board.conf'), site);
  // Only what a test run needs around the site file: no daemon, every path inside `dir`.
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      `  log_format ubt '$request_method $uri $status';`,
      `  access_log ${dir}/access.log ubt;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/ubt-board.conf;`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const end = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx did not start: ${errors}${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    const up = await fetch(`https://127.0.0.1:${port}/healthz`).then(
      () => true,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code !== 'ECONNREFUSED',
    );
    if (up) break;
    if (Date.now() > end) throw new Error(`nginx did not listen on ${port}: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    certificate,
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8').trim().split('\n').filter(Boolean),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
};
