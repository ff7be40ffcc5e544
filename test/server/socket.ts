import WebSocket from 'ws';

/** A WebSocket client for server tests: every JSON frame it receives lands in `inbox`. */
export interface TestSocket {
  readonly ws: WebSocket;
  readonly inbox: Record<string, unknown>[];
  send(message: unknown): void;
}

export const openSocket = async (url: string): Promise<TestSocket> => {
  const ws = new WebSocket(url);
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (data) => inbox.push(JSON.parse(data.toString())));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.on('error', () => {});
  return { ws, inbox, send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)) };
};
