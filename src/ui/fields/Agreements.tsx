import type { Person } from '../../core';
import { hrefFor, route } from '../app/route';
import { t, tParts } from '../i18n';

interface Props {
  /** The co-leads whose agreement is asked for. */
  coLeads: Person[];
  agreed: Record<string, boolean>;
  /** This browser's user: only the co-lead they claimed ("This is me") can be ticked here. */
  userId: string;
  /** What is agreed to, for the legend and each tick's name: "the Purpose", "the triage decision on idea “…”". */
  what: string;
  disabled?: boolean;
  onChange: (personId: string, agreed: boolean) => void;
}

/**
 * Each co-lead's agreement: your own as a tick you can change, everyone else's as what they recorded. A joint
 * decision one person could record for everyone would not be joint.
 */
export function Agreements({ coLeads, agreed, userId, what, disabled, onChange }: Props) {
  const { boardId } = route.value;
  const mine = coLeads.find((p) => p.userId !== '' && p.userId === userId);
  return (
    <fieldset class="row wrap agree">
      <legend class="visually-hidden">{t('agree.legend', { what })}</legend>
      {coLeads.map((p) =>
        p === mine ? (
          <label key={p.id} class="check">
            <input type="checkbox" checked={agreed[p.id] === true} disabled={disabled} onChange={(e) => onChange(p.id, e.currentTarget.checked)} />{' '}
            {t('agree.mine')}
            {/* Its name says what is agreed to: five charter sections and every decision have the same tick. */}
            <span class="visually-hidden">{t('agree.to', { what })}</span> (<bdi>{p.name}</bdi>)
          </label>
        ) : (
          <span key={p.id} class={`agreement-of ${agreed[p.id] ? 'yes' : 'no'}`}>
            <bdi>{p.name}</bdi> {agreed[p.id] ? t('agree.agrees') : t('agree.notYet')}
          </span>
        ),
      )}
      {!mine && coLeads.length > 0 && (
        <span class="meta">
          {tParts('agree.claim', { place: boardId ? <a href={hrefFor({ boardId, view: 'team' })}>{t('agree.place')}</a> : t('agree.place') })}
        </span>
      )}
    </fieldset>
  );
}
