import { startEngine } from '../../src/sync/engine/engine';
import { serveEngineQueries } from '../../src/sync/engine/queries';

// Chrome's service worker has no RTCPeerConnection: the engine lives in this offscreen document.
void startEngine().then(serveEngineQueries);
