import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Capture } from '../core/capture/schema';
import { Settings } from '../core/settings';

/**
 * Every runtime message between the extension's contexts (pages, background, offscreen engine), in one
 * catalog: its request and its reply, both checked with zod on arrival. Send with `sendMessage`, answer
 * with `serveMessages`; nothing else in the code base calls `runtime.sendMessage` or `onMessage`.
 */
const Ok = z.object({ ok: z.literal(true) });
const Failure = z.object({ ok: z.literal(false), error: z.string() });
/** A policy as parsePolicy made it; checked again on arrival like every message. */
const PolicyMessage = z.object({
  values: Settings.pick({ signalling: true, relays: true, iceServers: true, iceTransportPolicy: true }).partial(),
  locked: z.boolean(),
  problems: z.array(z.string()),
});

export const MESSAGES = {
  /** A page asks the background to make sure the sync engine runs (Chrome: the offscreen document). */
  'ubt:ensure-engine': { request: z.object({}), reply: Ok },
  /** The quick-add popup asks the background to open (or focus) the board tab. */
  'ubt:open-board': { request: z.object({}), reply: Ok },
  /** The quick-add form hands a capture to the background, which queues it durably. */
  'ubt:capture': { request: z.object({ capture: Capture }), reply: z.union([Ok, Failure]) },
  /** The background tells the engine that captures are waiting. */
  'ubt:drain-captures': { request: z.object({}), reply: Ok },
  /** Chrome's offscreen engine asks the background for the organisation's policy (it cannot read storage). */
  'ubt:policy': { request: z.object({}), reply: z.object({ policy: PolicyMessage }) },
  /** The background tells the engine that IT changed the policy. */
  'ubt:policy-changed': { request: z.object({ policy: PolicyMessage }), reply: Ok },
  /** Which boards' rooms the engine has open (diagnostics and tests). */
  'ubt:engine-rooms': { request: z.object({}), reply: z.object({ rooms: z.array(z.string()) }) },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type Request<T extends MessageType> = z.input<(typeof MESSAGES)[T]['request']>;
export type Reply<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['reply']>;
export type Handlers = { [T in MessageType]?: (request: z.infer<(typeof MESSAGES)[T]['request']>) => Promise<Reply<T>> | Reply<T> };

/** Sends one message and returns its checked reply; throws with a clear message when none or a wrong one comes. */
export const sendMessage = async <T extends MessageType>(type: T, request: Request<T>): Promise<Reply<T>> => {
  const answer: unknown = await browser.runtime.sendMessage({ type, ...request });
  const parsed = MESSAGES[type].reply.safeParse(answer);
  if (!parsed.success) throw new Error(answer === undefined ? `Nothing in the extension answered “${type}”.` : `A malformed answer to “${type}”.`);
  return parsed.data as Reply<T>;
};

/** The envelope of a message: its type, checked before its request is. */
export const messageType = (message: unknown): MessageType | null => {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type) ? (type as MessageType) : null;
};

/** Answers the messages this context handles; others are left for the context that does. */
export const serveMessages = (handlers: Handlers): (() => void) => {
  // A listener answers by returning a promise (Firefox, and Chromium since it supports promise replies);
  // returning undefined leaves the message to the context that handles it.
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const type = messageType(message);
    const handler = type ? (handlers[type] as ((request: unknown) => unknown) | undefined) : undefined;
    if (!type || !handler) return undefined;
    const parsed = MESSAGES[type].request.safeParse(message);
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: `The message “${type}” was malformed: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.` });
    }
    return Promise.resolve()
      .then(() => handler(parsed.data))
      .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
};
