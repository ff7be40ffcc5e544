import * as Y from 'yjs';
import { z } from 'zod';
import { collection, KINDS, teamMap } from '../doc/layout';
import { toPlain } from '../doc/entity';
import { defineOperation, requireCoLead } from '../ops/context';
import { COLLECTION_KEYS } from './format';
import { entityFromPlain } from './restore';
import { entityMemo } from '../doc/entityMemo';

/**
 * Comparing the board with one of this browser's kept copies (sync/autoBackup.ts): what a restore would
 * change, and whether the board changed "too much at once" since the copy (many entities rewritten or
 * deleted, the mark of a bad writer rather than a meeting).
 */
export interface CopyDifference {
  /** Entities in both whose content differs. */
  readonly changed: number;
  /** Of those, the ones whose prose (an idea's text, a project's aim…) was rewritten: a meeting's triage is not. */
  readonly rewritten: number;
  /** Entities deleted (soft or outright) since the copy. */
  readonly deleted: number;
  /** Entities added since the copy. */
  readonly added: number;
  /** The same, by kind, for the summary: `{ ideas: { changed: 12, deleted: 12, added: 0 } }`. */
  readonly byKind: Partial<Record<(typeof COLLECTION_KEYS)[number], { changed: number; deleted: number; added: number }>>;
}

/** More entities than this rewritten or deleted between two copies is a large change: the copy before it is kept. */
export const LARGE_CHANGE = 5;

const copyOf = (update: Uint8Array): Y.Doc => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
};
/** What an entity says, without the stamps every edit moves. */
const content = (entity: unknown): string => {
  const { updatedAt: _a, updatedBy: _b, ...rest } = (toPlain(entity as Y.Map<unknown>) ?? {}) as Record<string, unknown>;
  return JSON.stringify(rest, Object.keys(rest).sort());
};

/** What each entity of a board says now, remembered until it changes. */
const contentNow = entityMemo(content);

/**
 * A kept copy read once, to compare the board with as often as it changes. Decoding the copy and reading
 * both boards took 220 to 280 ms on the 2.2 MB bench board, and the page did it for each kept copy every
 * 15 seconds (the large-change banner) while co-leads typed.
 */
export const copyComparison = (copy: Uint8Array): ((doc: Y.Doc) => CopyDifference) => {
  const good = copyOf(copy);
  const kinds = COLLECTION_KEYS.map((kind) => {
    const then = new Map<string, { content: string; deleted: boolean; texts: string[] }>();
    collection(good, kind).forEach((entity, id) => {
      then.set(id, {
        content: content(entity),
        deleted: entity.get('deleted') === true,
        texts: KINDS[kind].texts.map((field) => String(entity.get(field) ?? '')),
      });
    });
    return { kind, then };
  });
  good.destroy();
  return (doc) => {
    const byKind: Record<string, { changed: number; deleted: number; added: number }> = {};
    let changed = 0;
    let rewritten = 0;
    let deleted = 0;
    let added = 0;
    for (const { kind, then } of kinds) {
      const now = collection(doc, kind);
      const counts = { changed: 0, deleted: 0, added: 0 };
      for (const [id, was] of then) {
        const current = now.get(id);
        if (current === undefined || (current.get('deleted') === true && !was.deleted)) counts.deleted++;
        else if (contentNow(doc, current) !== was.content) {
          counts.changed++;
          if (KINDS[kind].texts.some((field, i) => String(current.get(field) ?? '') !== was.texts[i])) rewritten++;
        }
      }
      now.forEach((_entity, id) => {
        if (!then.has(id)) counts.added++;
      });
      if (counts.changed + counts.deleted + counts.added > 0) byKind[kind] = counts;
      changed += counts.changed;
      deleted += counts.deleted;
      added += counts.added;
    }
    return { changed, rewritten, deleted, added, byKind };
  };
};

export const compareWithCopy = (doc: Y.Doc, copy: Uint8Array): CopyDifference => copyComparison(copy)(doc);

/** Many items rewritten or deleted at once; many triaged or voted on (a meeting) is not. */
export const isLargeChange = (difference: CopyDifference): boolean => difference.rewritten + difference.deleted > LARGE_CHANGE;

/**
 * Puts the board back as it was in a kept copy, in one transaction (one undo step): every entity of the copy
 * as it was then, the team's details, and whatever was added since moved to Recently deleted (not lost: a
 * co-lead can bring back an idea that arrived after the copy).
 */
export const restoreCopy = defineOperation(
  'restoreCopy',
  z.object({ copy: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be a Yjs update') }),
  () => undefined,
  (doc, { copy }, ctx) => {
    requireCoLead(ctx, 'coLeadOnly.restoreCopy');
    const good = copyOf(copy);
    let restored = 0;
    let setAside = 0;
    for (const kind of COLLECTION_KEYS) {
      const now = collection(doc, kind);
      const then = collection(good, kind);
      then.forEach((entity, id) => {
        const current = now.get(id);
        if (current !== undefined && content(current) === content(entity)) return;
        now.set(id, entityFromPlain(kind, toPlain(entity) as Record<string, unknown>));
        restored++;
      });
      if (kind === 'charter') continue;
      now.forEach((entity, id) => {
        if (then.has(id) || entity.get('deleted') === true) return;
        entity.set('deleted', true);
        entity.set('deletedAt', ctx.now());
        setAside++;
      });
    }
    const team = teamMap(doc);
    teamMap(good).forEach((value, key) => {
      if (JSON.stringify(team.get(key)) !== JSON.stringify(value)) team.set(key, value);
    });
    good.destroy();
    return { restored, setAside };
  },
  { evenReadOnly: true },
);
