import { storage } from 'wxt/utils/storage';
import { NO_POLICY, parsePolicy, POLICY_NAMES, type Policy } from '../core/policy';

/**
 * The organisation's policy for this extension, read through @wxt-dev/storage `managed:` keys: Chrome fills
 * them from its policy for extensions (checked against public/managed_schema.json), Firefox from
 * policies.json's `3rdparty.Extensions` section. Only extension pages and the background can read them;
 * Chrome's offscreen engine asks the background (`ubt:policy`).
 */
const items = POLICY_NAMES.map((name) => [name, storage.defineItem<unknown>(`managed:${name}`)] as const);

export const readPolicy = async (): Promise<Policy> => {
  try {
    const raw: Record<string, unknown> = {};
    for (const [name, item] of items) raw[name] = await item.getValue();
    return parsePolicy(raw);
  } catch {
    // Firefox without a policy for this add-on says so by throwing: that is no policy, not a broken one.
    return NO_POLICY;
  }
};

/** Calls `onChange` with the new policy whenever IT changes it while the browser runs. */
export const watchPolicy = (onChange: (policy: Policy) => void): (() => void) => {
  const stops = items.map(([, item]) => item.watch(() => void readPolicy().then(onChange)));
  return () => {
    for (const stop of stops) stop();
  };
};
