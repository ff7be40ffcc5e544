import { agreeToDecision, byOrder, isCoLead, type DecisionKind, isolate, localDay } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';
import { Agreements } from './Agreements';
import { t, tDay, tParts } from '../i18n';

interface Props {
  session: BoardSession;
  kind: DecisionKind;
  id: string;
  /** What was decided, in words: "Accepted", "Adopt", "Testing". */
  what: string;
  decidedBy: string;
  decidedAt: number | null;
  agreed: Record<string, boolean>;
  /** The item decided on, when a view shows several ("idea “…”"): each co-lead's tick names it. */
  about?: string;
}

/** The words for "this decision" and "the decision", by what was decided. */
const THIS_DECISION = { ideas: 'decided.thisIdeas', cycles: 'decided.thisCycles', projects: 'decided.thisProjects' } as const;
const THE_DECISION = { ideas: 'decided.ideas', cycles: 'decided.cycles', projects: 'decided.projects' } as const;

/**
 * Who made a joint decision and which co-leads agreed, with a tick for each co-lead to agree (as the charter
 * does). A new decision starts with no one agreeing.
 */
export function DecisionRecord({ session, kind, id, what, decidedBy, decidedAt, agreed, about }: Props) {
  if (decidedAt === null) return null;
  const coLeads = session.collections.people.live.value.filter((p) => isCoLead(p.role)).sort(byOrder);
  const agreeing = coLeads.filter((p) => agreed[p.id]);
  const day = tDay(localDay(decidedAt));
  const { userId } = useMe();
  return (
    <div class="decision-record">
      <p class="meta">
        {decidedBy ? tParts('decided.by', { what, name: <bdi>{decidedBy}</bdi>, day }) : t('decided.on', { what, day })}
        {coLeads.length > 0 &&
          (agreeing.length === coLeads.length
            ? t('decided.allAgreed')
            : agreeing.length
              ? t('decided.someAgreed', { names: agreeing.map((p) => isolate(p.name)).join(', ') })
              : t('decided.noneAgreed'))}
      </p>
      {coLeads.length > 0 && (
        <Agreements
          coLeads={coLeads}
          agreed={agreed}
          userId={userId}
          what={about ? t('decided.on.about', { decision: t(THE_DECISION[kind]), about }) : t(THIS_DECISION[kind])}
          disabled={session.readOnly.value}
          onChange={(personId, on) => session.run(agreeToDecision, { kind, id, personId, agreed: on })}
        />
      )}
    </div>
  );
}
