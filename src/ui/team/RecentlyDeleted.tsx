import { KIND_LABELS, restoreEntity, type DeletableKind } from '../../core';
import type { BoardSession } from '../model/session';

const KINDS = Object.keys(KIND_LABELS) as DeletableKind[];

const titleOf = (value: Record<string, unknown>): string =>
  String(value.title ?? value.name ?? value.text ?? (value.date ? `${String(value.date)}: ${String(value.value)}` : '')).slice(0, 80);

/** Deletes are soft, so nothing a co-lead was working on disappears for good: anything here can come back. */
export function RecentlyDeleted({ session }: { session: BoardSession }) {
  const items = KINDS.flatMap((kind) =>
    session.collections[kind].all.value.flatMap((result) =>
      result.ok && (result.value as { deleted?: boolean }).deleted
        ? [{ kind, value: result.value as unknown as Record<string, unknown> & { id: string } }]
        : [],
    ),
  ).sort((a, b) => Number(b.value.deletedAt ?? 0) - Number(a.value.deletedAt ?? 0));
  if (items.length === 0) return null;
  return (
    <section class="card" aria-labelledby="deleted-title">
      <h2 id="deleted-title">Recently deleted</h2>
      <ul class="deleted">
        {items.slice(0, 50).map(({ kind, value }) => (
          <li key={`${kind}/${value.id}`} class="row wrap">
            <span class="badge">{KIND_LABELS[kind]}</span>
            <span class="grow">{titleOf(value) || 'Untitled'}</span>
            <button
              type="button"
              onClick={() => session.run(restoreEntity, { kind, id: value.id })}
              aria-label={`Restore ${KIND_LABELS[kind].toLowerCase()} ${titleOf(value)}`}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
