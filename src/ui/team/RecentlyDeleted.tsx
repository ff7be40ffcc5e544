import { KIND_LABELS, restoreEntity, type DeletableKind } from '../../core';
import type { BoardSession } from '../model/session';
import { t } from '../i18n';

const KINDS = Object.keys(KIND_LABELS) as DeletableKind[];

const titleOf = (value: Record<string, unknown>): string =>
  String(value.title ?? value.name ?? value.text ?? (value.date ? t('deleted.point', { date: String(value.date), value: String(value.value) }) : '')).slice(
    0,
    80,
  );

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
      <h2 id="deleted-title">{t('deleted.title')}</h2>
      <ul class="deleted">
        {items.slice(0, 50).map(({ kind, value }) => (
          <li key={`${kind}/${value.id}`} class="row wrap">
            <span class="badge">{t(`kind.${kind}`)}</span>
            <span class="grow">{titleOf(value) || t('deleted.untitled')}</span>
            <button
              type="button"
              onClick={() => session.run(restoreEntity, { kind, id: value.id })}
              aria-label={t('deleted.restoreLabel', { kind: t(`kind.${kind}`).toLowerCase(), title: titleOf(value) })}
            >
              {t('deleted.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
