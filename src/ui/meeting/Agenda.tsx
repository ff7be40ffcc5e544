import { useState } from 'preact/hooks';
import { addAgendaItem, deleteEntity, formatDuration, goToAgendaItem, moveEntity, type AgendaItem, type Meeting } from '../../core';
import type { BoardSession } from '../model/session';
import { t, uiLanguage } from '../i18n';

/** The meeting's agenda: go to any item, reorder or remove it, and add one of the team's own. */
export function Agenda({ session, meeting, items }: { session: BoardSession; meeting: Meeting; items: AgendaItem[] }) {
  const [freeTitle, setFreeTitle] = useState('');
  const current = items.find((i) => i.id === meeting.currentItemId) ?? null;
  const go = (itemId: string) => session.run(goToAgendaItem, { meetingId: meeting.id, itemId });
  const move = (item: AgendaItem, by: -1 | 1) => {
    const i = items.indexOf(item);
    const [after, before] = by === -1 ? [items[i - 2] ?? null, items[i - 1] ?? null] : [items[i + 1] ?? null, items[i + 2] ?? null];
    if ((by === -1 && i === 0) || (by === 1 && i === items.length - 1)) return;
    session.run(moveEntity, { kind: 'agenda', id: item.id, after: after?.id ?? null, before: before?.id ?? null });
  };
  return (
    <section class="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      <ol class="agenda-list">
        {items.map((item, i) => (
          <li
            key={item.id}
            class={`agenda-item${item.id === current?.id ? ' current' : ''}${item.covered ? ' covered' : ''}`}
            aria-current={item.id === current?.id ? 'step' : undefined}
          >
            <button type="button" class="link agenda-go" onClick={() => go(item.id)}>
              <span class="visually-hidden">{t('agenda.goTo', { number: i + 1 })}</span>
              <span class="agenda-title">
                <bdi>{item.title}</bdi>
              </span>
              <span class="meta">
                {t(`agendaSource.${item.source}`)}
                {item.covered ? ` · ${t('agenda.covered')}` : ''}
                {item.spentMs > 0 ? ` · ${formatDuration(item.spentMs, uiLanguage.value)}` : ''}
              </span>
            </button>
            <span class="agenda-tools">
              <button type="button" class="quiet" aria-label={t('agenda.moveUp', { title: item.title })} disabled={i === 0} onClick={() => move(item, -1)}>
                ↑
              </button>
              <button
                type="button"
                class="quiet"
                aria-label={t('agenda.moveDown', { title: item.title })}
                disabled={i === items.length - 1}
                onClick={() => move(item, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                class="quiet"
                aria-label={t('agenda.remove', { title: item.title })}
                onClick={() => session.run(deleteEntity, { kind: 'agenda', id: item.id })}
              >
                ✕
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        class="row wrap"
        aria-label={t('agenda.addForm')}
        onSubmit={(e) => {
          e.preventDefault();
          if (session.run(addAgendaItem, { meetingId: meeting.id, title: freeTitle }).ok) setFreeTitle('');
        }}
      >
        <div class="field grow">
          <label for="agenda-new">{t('agenda.new')}</label>
          <input id="agenda-new" value={freeTitle} required maxLength={200} onInput={(e) => setFreeTitle(e.currentTarget.value)} />
        </div>
        <button type="submit">{t('agenda.add')}</button>
      </form>
    </section>
  );
}
