import type { DropCapability } from '../../core/capabilities';
import { sealSubmission, type Submission } from '../../core/dropBox';
import { RELAY_PATH, ServerFrame } from './protocol';
import { toBase64 } from '../../core/text/bytes';

/**
 * Sends one sealed submission to a drop-box inbox (docs/PROTOCOL.md, "Drop box"): used by the phone page
 * and by the extension for boards it may only add ideas to. No hello and no token: the inbox id and the
 * board's public key are all a sender holds. Resolves once the relay acknowledged, or says why not.
 */
export type DropResult = { ok: true; seq: number } | { ok: false; retry: boolean; error: string };

export const sendDrop = async (
  relayUrl: string,
  drop: DropCapability,
  submission: Submission,
  options: { WebSocket?: typeof WebSocket; timeoutMs?: number } = {},
): Promise<DropResult> => {
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const box = await sealSubmission(drop, submission);
  return new Promise<DropResult>((resolve) => {
    let socket: WebSocket;
    try {
      socket = new Socket(relayUrl);
    } catch (error) {
      return resolve({ ok: false, retry: false, error: `The relay address ${relayUrl} is not valid (${String(error)}).` });
    }
    let done = false;
    const finish = (result: DropResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.close();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, retry: true, error: 'The team’s server did not answer in time. Your idea is kept; try again.' }),
      options.timeoutMs ?? 15_000,
    );
    socket.onopen = () => socket.send(JSON.stringify({ type: 'drop', id: 'drop', inbox: drop.inbox, data: toBase64(box) }));
    socket.onmessage = (event: MessageEvent) => {
      let frame: ServerFrame;
      try {
        const parsed = ServerFrame.safeParse(JSON.parse(String(event.data)));
        if (!parsed.success) return;
        frame = parsed.data;
      } catch {
        return;
      }
      if (frame.type === 'ack' && frame.id === 'drop') finish({ ok: true, seq: frame.seq });
      if (frame.type === 'error' && (frame.id === 'drop' || !frame.id))
        finish({ ok: false, retry: frame.code === 'rate-limited' || frame.code === 'server-error' || frame.code === 'room-full', error: frame.message });
    };
    socket.onerror = () => undefined;
    socket.onclose = () => finish({ ok: false, retry: true, error: 'Could not reach the team’s server. Your idea is kept; try again when online.' });
  });
};

/** The relay a drop goes to: the one the `/add` link named, or else the first relay in Settings. */
export const dropRelayUrl = (named: string, relays: readonly string[]): string | null => named || relays[0] || null;
export { RELAY_PATH };
