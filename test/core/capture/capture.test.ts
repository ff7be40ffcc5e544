import { describe, expect, it } from 'vitest';
import { addIdea, applyCapture, Capture, readBoard } from '../../../src/core';
import { newBoard, stateOf } from '../helpers';

const capture = (overrides: Partial<Record<string, unknown>> = {}) =>
  Capture.parse({
    type: 'idea',
    id: 'cap-abcdefghijklmnop',
    boardId: 'board-1',
    text: 'Label the linen carts',
    note: 'seen on 4 West',
    author: 'Dee',
    sourceTitle: 'Linen policy',
    sourceUrl: 'http://127.0.0.1:8080/linen',
    createdAt: 1,
    ...overrides,
  });

describe('captures', () => {
  it('become a new idea marked with its source and note', () => {
    const { doc } = newBoard();
    expect(applyCapture(doc, capture(), {})).toBe('added');
    expect(readBoard(doc).ideas[0]).toMatchObject({
      id: 'cap-abcdefghijklmnop',
      text: 'Label the linen carts',
      note: 'seen on 4 West',
      sourceTitle: 'Linen policy',
      sourceUrl: 'http://127.0.0.1:8080/linen',
      state: 'new',
    });
  });

  it('are applied once however often they are delivered', () => {
    const { doc } = newBoard();
    applyCapture(doc, capture(), {});
    const after = stateOf(doc);
    expect(applyCapture(doc, capture(), {})).toBe('already-there');
    expect(stateOf(doc)).toBe(after);
    expect(readBoard(doc).ideas).toHaveLength(1);
  });

  it('can be a +1 for an idea already on the board', () => {
    const { doc, ctx } = newBoard();
    const ideaId = addIdea(doc, { text: 'Label the linen carts' }, ctx);
    const vote = Capture.parse({ type: 'vote', id: 'cap-vote000000000000', boardId: 'board-1', ideaId, voterId: 'u7', createdAt: 1 });
    expect(applyCapture(doc, vote, {})).toBe('voted');
    expect(applyCapture(doc, vote, {})).toBe('voted');
    expect(readBoard(doc).ideas[0]?.votes).toEqual({ u7: true });
  });

  it.each([
    [{ text: '  ' }, /text/],
    [{ id: 'cap-1' }, /capture id/],
    [{ sourceUrl: 'javascript:alert(1)' }, /sourceUrl/],
    [{ type: 'delete' }, /type/],
  ])('refuses a malformed capture %j', (overrides, message) => {
    expect(() => capture(overrides)).toThrow(message);
  });
});
