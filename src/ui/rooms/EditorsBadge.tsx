import { isolate } from '../../core';
import type { ReadonlySignal } from '@preact/signals';
import type { PresentPerson } from '../../sync/presence';

/** “Ben is editing” next to a field's label, in Ben's colour; subscribes to this field's editors only. */
export function EditorsBadge({ editors }: { editors: ReadonlySignal<PresentPerson[]> }) {
  const people = editors.value;
  if (people.length === 0) return null;
  return (
    <span class="editing-badge" style={{ borderColor: people[0]!.colour, color: people[0]!.colour }}>
      <bdi>{people.map((p) => isolate(p.name)).join(', ')}</bdi> {people.length === 1 ? 'is' : 'are'} editing
    </span>
  );
}
