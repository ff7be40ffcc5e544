// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { addCycle, addProject, editText, updateCycle } from '../../src/core';
import { createBoardSession } from '../../src/ui/model/session';
import { CycleRamp } from '../../src/ui/cycles/CycleRamp';
import { newBoard, testContext } from '../core/helpers';

/** Counts renders of function components by name, through preact's public options hook. */
const countRenders = () => {
  const counts = new Map<string, number>();
  const previous = options.diffed;
  options.diffed = (vnode) => {
    if (typeof vnode.type === 'function') counts.set(vnode.type.name, (counts.get(vnode.type.name) ?? 0) + 1);
    previous?.(vnode);
  };
  return { counts, stop: () => (options.diffed = previous) };
};

describe('render scope', () => {
  it('a keystroke in a PDSA field re-renders nothing but that field’s textarea; a scalar change re-renders the ramp', () => {
    const { doc, ctx } = newBoard();
    const p = addProject(doc, { title: 'P' }, ctx);
    for (let i = 0; i < 20; i++) addCycle(doc, { projectId: p, title: `Cycle ${i + 1}` }, ctx);
    const session = createBoardSession(doc);
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CycleRamp session={session} projectId={p} />, root));
    const area = root.querySelector<HTMLTextAreaElement>('textarea[data-field="cycles.prediction"]')!;
    const cycleId = session.collections.cycles.live.value.at(-1)!.id;

    const renders = countRenders();
    // A co-lead types into the open worksheet's prediction.
    act(() => editText(doc, { kind: 'cycles', id: cycleId, field: 'prediction', value: 'Half ready by 11am' }, testContext('peer')));
    expect(area.value).toBe('Half ready by 11am');
    expect([...renders.counts.entries()]).toEqual([]);

    act(() => void updateCycle(doc, { id: cycleId, actDecision: 'adopt' }, testContext('peer')));
    expect(renders.counts.get('CycleRamp')).toBe(1);
    expect(root.textContent).toContain('✓ Adopt');
    renders.stop();
    session.dispose();
  });
});
