import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPolicy, defaultSettings, NO_POLICY, ownSettings, parsePolicy, POLICY_NAMES } from '../../src/core';

const hospital = {
  signallingServers: ['wss://ubt.kp-west.example.org'],
  relays: ['wss://ubt.kp-west.example.org/relay', 'wss://ubt2.kp-west.example.org/relay'],
  iceServers: [{ urls: ['turns:turn.kp-west.example.org:5349'], username: 'ubt-board', credential: 'Vq7-3kLm-88Zt' }],
  relayOnlyIce: true,
};
const person = { ...defaultSettings('u-1'), displayName: 'Dana Lee', role: 'manager-co-lead' as const };

describe("the organisation's policy", () => {
  it('locked: every field it sets wins over what the person chose, and the rest stays theirs', () => {
    const policy = parsePolicy({ ...hospital, lockServerSettings: true });
    expect(policy.problems).toEqual([]);
    const mine = { ...person, relays: ['ws://10.0.0.5:4444/relay'], signalling: ['ws://10.0.0.5:4444'] };
    expect(applyPolicy(mine, policy)).toEqual({
      ...mine,
      signalling: hospital.signallingServers,
      relays: hospital.relays,
      iceServers: hospital.iceServers,
      iceTransportPolicy: 'relay',
    });
  });

  it('unlocked: its values replace the product defaults, but not a server the person chose', () => {
    const policy = parsePolicy(hospital);
    expect(policy.locked).toBe(false);
    const fresh = applyPolicy(person, policy);
    expect(fresh.relays).toEqual(hospital.relays);
    expect(fresh.signalling).toEqual(hospital.signallingServers);
    const chosen = applyPolicy({ ...person, relays: ['wss://pilot.example.org/relay'] }, policy);
    expect(chosen.relays).toEqual(['wss://pilot.example.org/relay']);
    expect(chosen.signalling).toEqual(hospital.signallingServers);
  });

  it("saving keeps the policy's values out of the person's own settings, so a change by IT still reaches them", () => {
    const locked = parsePolicy({ ...hospital, lockServerSettings: true });
    const shown = { ...applyPolicy(person, locked), displayName: 'Dana Lee-Okafor' };
    expect(ownSettings(shown, person, locked)).toEqual({ ...person, displayName: 'Dana Lee-Okafor' });
    // Unlocked: a suggestion left as it is stays the organisation's; a server the person typed is theirs.
    const suggested = parsePolicy(hospital);
    const edited = { ...applyPolicy(person, suggested), relays: ['wss://pilot.example.org/relay'] };
    const stored = ownSettings(edited, person, suggested);
    expect(stored.relays).toEqual(['wss://pilot.example.org/relay']);
    expect(stored.signalling).toEqual(person.signalling);
    expect(applyPolicy(stored, parsePolicy({ ...hospital, signallingServers: ['wss://new.example.org'] })).signalling).toEqual(['wss://new.example.org']);
  });

  it('no policy at all is no policy: managed storage gives null for every entry, and nothing is a problem', () => {
    // Chrome's managed storage without a policy for this extension reads every key as null through @wxt-dev/storage.
    const none = Object.fromEntries(POLICY_NAMES.map((name) => [name, null]));
    expect(parsePolicy(none)).toEqual(NO_POLICY);
    expect(parsePolicy({})).toEqual(NO_POLICY);
  });

  it('keeps the valid entries of a broken policy, names each broken one, and locks nothing it did not set', () => {
    const policy = parsePolicy({
      relays: ['https://ubt.example.org/relay'],
      signallingServers: 'wss://one.example.org',
      relayOnlyIce: 'yes',
      lockServerSettings: true,
    });
    expect(policy.values).toEqual({});
    expect(policy.locked).toBe(false);
    expect(policy.problems).toHaveLength(3);
    expect(policy.problems[0]).toMatch(/^signallingServers: /);
    expect(policy.problems.join('\n')).toMatch(/relays: must be a ws:\/\/ or wss:\/\/ address/);
    expect(applyPolicy(person, policy)).toEqual(person);
    expect(applyPolicy(person, NO_POLICY)).toEqual(person);
  });

  it('the managed_schema Chrome checks a policy against names exactly the policy this code reads', () => {
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as { properties: Record<string, { type: string }> };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_NAMES].sort());
    expect(schema.properties.lockServerSettings?.type).toBe('boolean');
  });
});
