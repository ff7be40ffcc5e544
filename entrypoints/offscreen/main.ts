import { startEngine } from '../../src/sync/engine/engine';
import { serveEngineQueries } from '../../src/sync/engine/queries';
import { sendMessage, serveMessages } from '../../src/platform/messages';
import { NO_POLICY, type Policy } from '../../src/core';

// Chrome's service worker has no RTCPeerConnection: the engine lives in this offscreen document. An
// offscreen document cannot read storage, so the organisation's policy comes from the background.
const policySource = {
  read: () =>
    sendMessage('ubt:policy', {}).then(
      (reply) => reply.policy,
      () => NO_POLICY,
    ),
  watch: (onChange: (policy: Policy) => void) =>
    serveMessages({
      'ubt:policy-changed': ({ policy }) => {
        onChange(policy);
        return { ok: true };
      },
    }),
};
void startEngine(undefined, policySource).then(serveEngineQueries);
