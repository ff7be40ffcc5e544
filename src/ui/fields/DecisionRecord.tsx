import { agreeToDecision, byOrder, DECISIONS, isCoLead, type DecisionKind, isolate, formatDay, localDay } from '../../core';
import type { BoardSession } from '../model/session';
import { useMe } from '../app/context';
import { Agreements } from './Agreements';

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

/**
 * Who made a joint decision and which co-leads agreed, with a tick for each co-lead to agree (as the charter
 * does). A new decision starts with no one agreeing.
 */
export function DecisionRecord({ session, kind, id, what, decidedBy, decidedAt, agreed, about }: Props) {
  if (decidedAt === null) return null;
  const coLeads = session.collections.people.live.value.filter((p) => isCoLead(p.role)).sort(byOrder);
  const agreeing = coLeads.filter((p) => agreed[p.id]);
  const label = `${DECISIONS[kind]} decision`;
  const { userId } = useMe();
  return (
    <div class="decision-record">
      <p class="meta">
        {what}: decided{' '}
        {decidedBy ? (
          <>
            by <bdi>{decidedBy}</bdi>{' '}
          </>
        ) : (
          ''
        )}
        on {formatDay(localDay(decidedAt))}
        {coLeads.length > 0 &&
          (agreeing.length === coLeads.length
            ? ' · agreed by all co-leads'
            : agreeing.length
              ? ` · agreed by ${agreeing.map((p) => isolate(p.name)).join(', ')}`
              : ' · no co-lead has agreed yet')}
      </p>
      {coLeads.length > 0 && (
        <Agreements
          coLeads={coLeads}
          agreed={agreed}
          userId={userId}
          what={about ? `the ${label} on ${about}` : `this ${label}`}
          disabled={session.readOnly.value}
          onChange={(personId, on) => session.run(agreeToDecision, { kind, id, personId, agreed: on })}
        />
      )}
    </div>
  );
}
