import { useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../core';
import { SelectField } from '../fields/Inputs';
import { t, uiLanguage } from '../i18n';

/**
 * A printout's language, chosen next to its button: the poster, the report or the minutes can be made in
 * either language whatever the person's own (Spanish posters for the break room, English reports for sponsors).
 */
export function PrintLanguage({ label, onPrint, disabled }: { label: string; onPrint: (language: Language) => void; disabled?: boolean }) {
  const [language, setLanguage] = useState<Language>(uiLanguage.peek());
  return (
    <span class="row wrap print-language">
      <SelectField label={t('print.language')} value={language} options={LANGUAGES} labels={LANGUAGE_NAMES} onChange={setLanguage} />
      <button type="button" disabled={disabled} onClick={() => onPrint(language)}>
        {label}
      </button>
    </span>
  );
}
