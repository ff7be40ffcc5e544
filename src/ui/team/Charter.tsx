import { CHARTER_SECTIONS, isCoLead, setCharterAgreement } from '../../core';
import type { BoardSession } from '../model/session';
import { TextField } from '../fields/TextField';
import { Agreements } from '../fields/Agreements';
import { useMe } from '../app/context';
import { t } from '../i18n';

/** The team charter, section by section, each agreed by every co-lead. */
export function Charter({ session }: { session: BoardSession }) {
  const coLeads = session.collections.people.live.value.filter((p) => isCoLead(p.role));
  const { userId } = useMe();
  return (
    <section class="card" aria-labelledby="charter-title">
      <h2 id="charter-title">{t('charter.title')}</h2>
      {coLeads.length === 0 && <p class="hint">{t('charter.noCoLeads')}</p>}
      {CHARTER_SECTIONS.map((section) => {
        const entry = session.collections.charter.entity(section).value;
        const agreed = entry.ok ? entry.value.agreed : {};
        const all = coLeads.length > 0 && coLeads.every((p) => agreed[p.id]);
        return (
          <div class="charter-section" key={section}>
            <TextField
              session={session}
              kind="charter"
              id={section}
              field="text"
              label={t(`charter.${section}`)}
              hint={t(`charter.hint.${section}`)}
              rows={3}
            />
            <fieldset class="agreement">
              <legend>
                {t('charter.agreedBy')} {all && <span class="badge good">{t('charter.allAgreed')}</span>}
              </legend>
              <Agreements
                coLeads={coLeads}
                agreed={agreed}
                userId={userId}
                what={t('charter.what', { section: t(`charter.${section}`) })}
                disabled={session.readOnly.value}
                onChange={(personId, on) => session.run(setCharterAgreement, { section, personId, agreed: on })}
              />
            </fieldset>
          </div>
        );
      })}
    </section>
  );
}
