import { useState } from 'preact/hooks';
import { focusOnMount } from '../fields/focusOnMount';
import { OUT_OF_SCOPE_REASONS, type OutOfScopeReason } from '../../core';
import { t } from '../i18n';

interface Props {
  /** Makes the radio group and field ids unique on the page. */
  idPrefix: string;
  /** "idea “Stage wheelchairs…”": what is being marked, for the form's name. */
  label: string;
  reason?: OutOfScopeReason | null;
  routedTo?: string;
  /** Saves; returns whether it was saved (the form closes) or refused (the form stays, with the board's message). */
  onSave: (reason: OutOfScopeReason | null, routedTo: string) => boolean;
  onCancel: () => void;
}

/** One of the four things UBTs do not work on, and who the idea goes to instead: both asked for before anything is saved. */
export function OutOfScopeForm({ idPrefix, label, reason: initialReason = null, routedTo: initialRoutedTo = '', onSave, onCancel }: Props) {
  const [reason, setReason] = useState<OutOfScopeReason | ''>(initialReason ?? '');
  const [routedTo, setRoutedTo] = useState(initialRoutedTo);
  return (
    <form
      class="card out-of-scope-form"
      aria-label={t('scope.form', { idea: label })}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(reason || null, routedTo);
      }}
    >
      <p class="hint">{t('scope.hint')}</p>
      <fieldset>
        <legend>{t('scope.why')}</legend>
        {OUT_OF_SCOPE_REASONS.map((r) => (
          <label key={r} class="check">
            <input
              type="radio"
              name={`reason-${idPrefix}`}
              value={r}
              checked={reason === r}
              required
              ref={r === OUT_OF_SCOPE_REASONS[0] ? focusOnMount : undefined}
              onChange={() => setReason(r)}
            />{' '}
            {t(`outOfScope.${r}`)}
          </label>
        ))}
      </fieldset>
      <div class="row wrap">
        <div class="field grow">
          <label for={`routed-${idPrefix}`}>{t('idea.routedTo')}</label>
          <input
            id={`routed-${idPrefix}`}
            required
            maxLength={200}
            placeholder={t('scope.routedPlaceholder')}
            value={routedTo}
            onInput={(e) => setRoutedTo(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary">
          {t('scope.mark')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('idea.cancel')}
        </button>
      </div>
    </form>
  );
}
