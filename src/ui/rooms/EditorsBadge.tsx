import { isolate } from '../../core';
import type { ReadonlySignal } from '@preact/signals';
import type { PresentPerson } from '../../sync/presence';
import { tList, tParts } from '../i18n';

/** “Ben is editing” next to a field's label, in Ben's colour; subscribes to this field's editors only. */
export function EditorsBadge({ editors }: { editors: ReadonlySignal<PresentPerson[]> }) {
  const people = editors.value;
  if (people.length === 0) return null;
  return (
    <span class="editing-badge" style={{ borderColor: people[0]!.colour, color: people[0]!.colour }}>
      {tParts('field.editing', { count: people.length, names: <bdi>{tList(people.map((p) => isolate(p.name)))}</bdi> })}
    </span>
  );
}
