import { describe, expect, it } from 'vitest';
import { PresentPerson, PresenceMessage } from '../../src/sync/presence';

const bo = { clientId: 7, userId: 'u-bo', name: 'Bo Vance', role: 'union-co-lead', colour: '#1f5f8b' };

describe('presence from a peer', () => {
  it('keeps the person and drops what they are editing when it names no kind, id or field the board can hold', () => {
    const hostile = [
      { kind: 'spaceships', id: 'p1', field: 'title' },
      { kind: 'ideas', id: '__proto__', field: 'text' },
      { kind: 'projects', id: 'p1', field: '<img src=x>' },
      { kind: 'projects', id: 'x'.repeat(65), field: 'title' },
      { kind: 42, id: 'p1', field: 'title' },
      'ideas/p1/text',
    ];
    for (const editing of hostile) expect(PresentPerson.parse({ ...bo, editing }), JSON.stringify(editing)).toEqual({ ...bo, editing: null });
    expect(PresentPerson.parse({ ...bo, editing: { kind: 'projects', id: 'p1', field: 'problem' } }).editing).toEqual({
      kind: 'projects',
      id: 'p1',
      field: 'problem',
    });
  });

  it('refuses a page’s focus message naming an unknown kind', () => {
    expect(PresenceMessage.safeParse({ type: 'focus', pageId: 'pg', editing: { kind: 'spaceships', id: 'p1', field: 'title' } }).success).toBe(false);
    expect(PresenceMessage.safeParse({ type: 'focus', pageId: 'pg', editing: { kind: 'cycles', id: 'c1', field: 'prediction' } }).success).toBe(true);
  });
});
