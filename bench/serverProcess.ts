import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../test/relay/redis';

export interface ServerProcess {
  readonly port: number;
  /** ws://127.0.0.1:PORT/relay */
  readonly relayUrl: string;
  /** ws://127.0.0.1:PORT (signalling) */
  readonly url: string;
  /** The server's resident memory now, and the most it has had since it started (VmHWM), in MiB. */
  rss(): number;
  peakRss(): number;
  stop(): void;
}

const status = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/**
 * `npm run server` as its own process (node with tsx's loader, not npx → tsx → node), so its memory is the
 * server's alone and killing it stops it. A bench stopped with Ctrl-C or by a time limit stops it too.
 */
export const spawnServerProcess = async (args: readonly string[]): Promise<ServerProcess> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    child.kill('SIGTERM');
    process.off('exit', stop);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  const interrupted = () => {
    stop();
    process.exit(130);
  };
  process.once('exit', stop);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  child.stdout!.resume();
  const pid = child.pid!;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    relayUrl: `ws://127.0.0.1:${port}/relay`,
    rss: () => status(pid, 'VmRSS'),
    peakRss: () => status(pid, 'VmHWM'),
    stop,
  };
};
