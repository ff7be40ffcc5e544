import { describe, expect, it } from 'vitest';
import { applyUserEdit } from '../../src/ui/fields/userEdit';

describe('applyUserEdit', () => {
  it('is the new value when the shared text did not move', () => {
    expect(applyUserEdit('abc', 'abXc', 'abc')).toBe('abXc');
  });
  it('applies only the keystroke when the shared text changed in between (never "delete everything")', () => {
    // The box still showed nothing while the text already held a sentence: typing adds, removes nothing.
    expect(applyUserEdit('', ' [B offline]', 'Three falls in May.')).toBe(' [B offline]Three falls in May.');
    // A co-lead added a word at the start; my deletion at the end still lands at the end.
    expect(applyUserEdit('falls at night', 'falls at nigh', 'Three falls at night')).toBe('Three falls at nigh');
  });
  it('keeps a replaced range within the current text', () => {
    expect(applyUserEdit('abcdef', 'abXf', 'abcdef')).toBe('abXf');
    expect(applyUserEdit('abcdef', 'abXf', 'ab')).toBe('abX');
  });
});

describe('the caret after a keystroke that met a co-lead’s text', async () => {
  const { mergeUserEdit } = await import('../../src/ui/fields/userEdit');
  it('stays right after what the person typed when the co-lead typed at the same spot', () => {
    // Both at the end of "Patients wait": I type " u", they " for".
    expect(mergeUserEdit('Patients wait', 'Patients wait u', 'Patients wait for', 15)).toMatchObject({ value: 'Patients wait u for', caret: 15 });
  });
  it('moves with the text when the co-lead typed before it', () => {
    expect(mergeUserEdit('wait here', 'wait here!', 'Please wait here', 10)).toMatchObject({ value: 'Please wait here!', caret: 17 });
  });
});

describe('two people typing into one field at the same moment', async () => {
  const Y = await import('yjs');
  const { mergeUserEdit } = await import('../../src/ui/fields/userEdit');
  const { shiftSelection } = await import('../../src/ui/fields/TextField');
  const { addIdea, collection, editText } = await import('../../src/core');
  const { newBoard, testContext } = await import('../core/helpers');

  /** One text box as TextField drives it: what it shows, its caret, and the shared text it edits. */
  const box = (doc: InstanceType<typeof Y.Doc>, id: string, prefix: string) => {
    const text = collection(doc, 'ideas').get(id)?.get('text') as InstanceType<typeof Y.Text>;
    const ctx = testContext(prefix, {});
    const state = { shown: text.toString(), value: text.toString(), caret: text.length, typing: false };
    text.observe((event, transaction) => {
      if (transaction.local && state.typing) return;
      [state.caret] = shiftSelection(event.delta, state.caret, state.caret);
      state.value = state.shown = text.toString();
    });
    const type = (char: string) => {
      const after = state.value.slice(0, state.caret) + char + state.value.slice(state.caret);
      const merged = mergeUserEdit(state.shown, after, text.toString(), state.caret + 1);
      state.typing = true;
      editText(doc, { kind: 'ideas', id, field: 'text', value: merged.value, caret: merged.caret }, ctx);
      state.typing = false;
      state.value = state.shown = text.toString();
      state.caret = merged.caret;
    };
    return { type, state };
  };

  it('keeps each person’s run of words whole, whatever order the keystrokes cross in', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { doc: a, ctx } = newBoard();
      a.clientID = 1;
      const id = addIdea(a, { text: 'Patients wait' }, ctx);
      const b = new Y.Doc();
      b.clientID = 2;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      const [boxA, boxB] = [box(a, id, 'a'), box(b, id, 'b')];
      // Each side's updates reach the other after a random number of keystrokes (a pseudo-random, replayable walk).
      const queues: Uint8Array[][] = [[], []];
      a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && queues[0]?.push(u));
      b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && queues[1]?.push(u));
      const deliver = (from: number) => {
        for (const u of queues[from]?.splice(0) ?? []) Y.applyUpdate(from === 0 ? b : a, u, 'remote');
      };
      let r = seed * 7919;
      const random = () => {
        r = (r * 48271) % 2147483647;
        return r / 2147483647;
      };
      const mine = [' for transport', ' up to 40 minutes'];
      const next = [0, 0];
      while (next[0]! < mine[0]!.length || next[1]! < mine[1]!.length) {
        const who = random() < 0.5 ? 0 : 1;
        if (next[who]! < mine[who]!.length) (who === 0 ? boxA : boxB).type(mine[who]![next[who]!++]!);
        if (random() < 0.4) deliver(0);
        if (random() < 0.4) deliver(1);
      }
      deliver(0);
      deliver(1);
      const final = collection(a, 'ideas').get(id)?.get('text')?.toString();
      expect(collection(b, 'ideas').get(id)?.get('text')?.toString(), `seed ${seed}`).toBe(final);
      expect(boxA.state.value, `seed ${seed}`).toBe(final);
      expect(final, `seed ${seed}`).toMatch(/^Patients wait( for transport up to 40 minutes| up to 40 minutes for transport)$/);
    }
  });
});

describe('the splice a keystroke becomes', async () => {
  const { mergeUserEdit } = await import('../../src/ui/fields/userEdit');
  const cases: [string, string, string, number][] = [
    ['abc', 'abXc', 'abc', 3],
    ['', ' [B offline]', 'Three falls in May.', 12],
    ['falls at night', 'falls at nigh', 'Three falls at night', 13],
    ['abcdef', 'abXf', 'ab', 3],
    ['Patients wait', 'Patients wait u', 'Patients wait for', 15],
    ['Pacientes esperan 120 minutos', 'Pacientes esperan 1200 minutos', 'Los pacientes esperan 120 minutos', 22],
  ];
  it.each(cases)('applied to the shared text, gives the merged value (%s → %s over %s)', (before, after, current, caret) => {
    const { value, splice } = mergeUserEdit(before, after, current, caret);
    expect(current.slice(0, splice.at) + splice.insert + current.slice(splice.at + splice.remove)).toBe(value);
  });
});
