import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type UbtServer } from '../../src/server/server';

/** A stand-in intranet page on 127.0.0.1: a policy with text to select, a link and an image. */
export const INTRANET_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Discharge policy 12.4</title></head>
<body><h1>Discharge policy 12.4</h1>
<p id="idea">Transport is booked only after the discharge order, so beds stay blocked until the afternoon.</p>
<p id="phi">Patient: John Smith, MRN: 00482913, call (415) 555-0134 about transport.</p>
<p id="phi-es" lang="es">Paciente: María José Hernández, nacida el 3 de mayo de 1948, expediente 00482913, llamar a la hija al 612 34 56 78 por el transporte.</p>
<p><a id="link" href="/forms/transport">Transport request form</a></p>
<img id="img" alt="Discharge lounge floor plan" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
</body></html>`;

export const startPageServer = async (): Promise<{ url: string; close(): Promise<void> }> => {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(INTRANET_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/policies/discharge`, close: () => new Promise((resolve) => server.close(() => resolve())) };
};

/**
 * For one test file: our server (signalling and relay, options as for `startServer`) and the intranet page
 * server, started before its tests and closed after them. Read `.server` and `.site` inside the tests.
 */
export const serverAndIntranet = (options: Parameters<typeof startServer>[0] = {}) => {
  const env = {} as { server: UbtServer; site: { url: string; close(): Promise<void> } };
  beforeAll(async () => {
    env.server = await startServer({ port: 0, ...options });
    env.site = await startPageServer();
  });
  afterAll(async () => {
    await env.server?.close();
    await env.site?.close();
  });
  return env;
};
