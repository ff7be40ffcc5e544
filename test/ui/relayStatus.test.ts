import { describe, expect, it } from 'vitest';
import { describeRelay } from '../../src/ui/rooms/PresenceBar';

const at = new Date(2026, 10, 25, 14, 2).getTime();
const base = { connection: 'synced' as const, lastSyncAt: at, pending: false, problem: null };

describe('the header’s relay line', () => {
  it('is absent without a relay and says when the relay last confirmed the board', () => {
    expect(describeRelay(null)).toBeNull();
    const synced = describeRelay(base, at + 60_000)!;
    expect(synced.tone).toBe('good');
    expect(synced.text).toMatch(/^Relay synced .*02/);
  });

  it('says edits are on their way, kept while the relay is down, or why it was refused', () => {
    expect(describeRelay({ ...base, pending: true }, at)!.text).toMatch(/^Relay: sending your edits… \(last synced/);
    const down = describeRelay({ ...base, connection: 'unreachable', pending: true }, at)!;
    expect(down).toMatchObject({ tone: 'warn' });
    expect(down.text).toMatch(/Relay unreachable, last synced .*: edits are kept and sent when it is back/);
    expect(describeRelay({ ...base, connection: 'unreachable', lastSyncAt: null }, at)!.text).toMatch(/never synced/);
    const refused = describeRelay({ ...base, connection: 'refused', problem: 'ask a co-lead for a fresh invite.' }, at)!;
    expect(refused.tone).toBe('bad');
    expect(refused.text).toMatch(/fresh invite/);
  });

  it('shows the date when the last sync was not today', () => {
    expect(describeRelay(base, at + 3 * 86_400_000)!.text).toMatch(/Nov|11/);
  });
});
