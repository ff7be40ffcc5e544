import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/core/doc/entity';
import { readEntity } from '../../../src/core/read/entity';
import { readCanonicalPoint } from '../../../src/core/read/point';
import { DataPoint } from '../../../src/core/schema/entities';

/** A small seeded generator, so a failure names the seed that found it. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const pick = <T>(next: () => number, choices: readonly T[]): T => choices[Math.floor(next() * choices.length)]!;

/** Values each field may hold: mostly what this version writes, sometimes what a broken or newer peer does. */
const CHOICES: Record<string, readonly unknown[]> = {
  id: ['pt_4f9a1c2e', 'not an id!', '', 42],
  measureId: ['ms_7b2e0d11', 'ms 7b2e', null],
  date: ['2026-03-14', '2025-12-31', '14/03/2026', '', 20260314],
  value: [120, 0, -3.5, 1_234_567.89, Number.NaN, Number.POSITIVE_INFINITY, '120', null],
  note: ['', 'Staffing was short: two nurses out', 'Semana con poco personal 👩🏽‍⚕️', 7, null],
  numerator: [null, 45, 0, Number.NaN, '45'],
  denominator: [null, 60, 1_000, Number.NEGATIVE_INFINITY],
  createdAt: [1_764_000_000_000, 0, Number.NaN, '2026'],
  deleted: [false, true, 'no', 0],
  updatedAt: [1_764_000_000_500, Number.NaN, 'later'],
  createdBy: ['user_ana', '', 12],
  updatedBy: ['user_ben', null],
  // Fields a newer version might write: kept as they are.
  source: ['ehr-export', 12, { nested: true }, [1, 2]],
  reviewed: [true, null],
  ['__proto__']: [{ admin: true }, 'polluted'],
};

const randomPointMap = (next: () => number): { map: Y.Map<unknown>; key: string } => {
  const doc = new Y.Doc();
  const map = new Y.Map<unknown>();
  doc.getMap('points').set('pt_4f9a1c2e', map);
  for (const [field, choices] of Object.entries(CHOICES)) {
    // Required fields are nearly always there; optional ones and unknown ones half the time.
    const present = ['id', 'measureId', 'date', 'value'].includes(field) ? next() < 0.95 : next() < 0.5;
    if (!present) continue;
    const valid = next() < 0.9;
    map.set(field, valid ? choices[0] : pick(next, choices));
  }
  if (next() < 0.05) map.set('note', new Y.Text('shared text where plain text belongs'));
  return { map, key: next() < 0.95 ? 'pt_4f9a1c2e' : 'pt_other' };
};

describe('reading a data point without the schema', () => {
  it('reads a point this version writes as the schema does, defaults and all', () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    doc.getMap('points').set('pt_4f9a1c2e', map);
    map.set('id', 'pt_4f9a1c2e');
    map.set('measureId', 'ms_7b2e0d11');
    map.set('date', '2026-03-14');
    map.set('value', 1_234.5);
    map.set('createdAt', 1_764_000_000_000);
    expect(readCanonicalPoint(map, 'pt_4f9a1c2e')).toEqual({
      id: 'pt_4f9a1c2e',
      createdAt: 1_764_000_000_000,
      deleted: false,
      measureId: 'ms_7b2e0d11',
      date: '2026-03-14',
      value: 1_234.5,
      note: '',
      numerator: null,
      denominator: null,
    });
  });

  it('gives what the schema gives, or leaves the point to it, for 5,000 random points, broken ones too', () => {
    let read = 0;
    let leftToSchema = 0;
    for (let seed = 1; seed <= 5_000; seed++) {
      const { map, key } = randomPointMap(random(seed));
      const fast = readCanonicalPoint(map, key);
      const schema = map.get('id') === key ? DataPoint.safeParse(toPlain(map)) : null;
      if (fast === null) {
        leftToSchema++;
        continue;
      }
      read++;
      // Whatever it reads, the schema reads the same, with its keys in the same order.
      expect(schema?.success, `seed ${seed}`).toBe(true);
      expect(fast, `seed ${seed}`).toStrictEqual(schema!.data);
      expect(Object.keys(fast), `seed ${seed}`).toEqual(Object.keys(schema!.data!));
      // And a point the schema refuses is never read here: readEntity still names the problem.
      expect(readEntity('points', key, map)).toEqual({ ok: true, value: fast });
    }
    // Both paths are exercised: most points are canonical, a good share are not.
    expect(read).toBeGreaterThan(500);
    expect(leftToSchema).toBeGreaterThan(1_000);
  });

  it('leaves every point the schema refuses to the schema, which says what is wrong', () => {
    // (And a field named __proto__, which read into a plain object would be its prototype: zod keeps it so.)
    let refused = 0;
    for (let seed = 1; seed <= 5_000; seed++) {
      const { map, key } = randomPointMap(random(seed));
      const plain = toPlain(map);
      if (map.get('id') === key && !map.has('__proto__') && DataPoint.safeParse(plain).success) continue;
      refused++;
      expect(readCanonicalPoint(map, key), `seed ${seed}`).toBeNull();
      const result = readEntity('points', key, map);
      expect(result.ok, `seed ${seed}`).toBe(false);
    }
    expect(refused).toBeGreaterThan(1_000);
  });
});
