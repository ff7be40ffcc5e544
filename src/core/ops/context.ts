import type * as Y from 'yjs';
import { z } from 'zod';
import { isReadOnly, SCHEMA_VERSION } from '../doc/layout';
import { stampUpdated } from '../doc/stamp';
import { isCoLead, type Role } from '../schema/enums';
import { translator, type Translator } from '../i18n/translate';
import type { Language } from '../i18n/language';
import type { MessageKey } from '../i18n/en';
import { inputWordsIn } from '../schema/inputWords';

/** What an operation needs from the outside world; tests pass deterministic versions. */
export interface OpContext {
  /** Transaction origin; an UndoManager tracking this origin undoes only these edits. */
  readonly origin: object;
  readonly newId: () => string;
  readonly now: () => number;
  /** The display name of the person editing, stamped on what they change (`createdBy`, `updatedBy`). */
  readonly actor?: string;
  /** This browser's user (Settings), to tell which person on the board is the one editing. */
  readonly userId?: string;
  /** The role this person gave in Settings: what the app lets them do. */
  readonly role?: Role;
}

/**
 * Co-leads make the team's decisions (triage, Act, a project's status) and delete; staff add and vote. The
 * app enforces it here, not cryptography: until updates are signed, a modified copy of the app can still
 * write anything (README, Roles). A context with no role (tests, repairs, imports) is not limited.
 */
export const requireCoLead = (ctx: OpContext, what: Extract<MessageKey, `coLeadOnly.${string}`>): void => {
  const role = ctx.role;
  if (role && !isCoLead(role)) throw refuse((tr) => tr.t('refuse.coLeadOnly', { what: tr.t(what), role: tr.t(`role.${role}`).toLowerCase() }));
};

/**
 * An agreement is ticked only by the person it belongs to: the person on the board whose browser this is
 * (claimed with "This is me"). A context with no user (tests, repairs) is not limited.
 */
export const requireSelf = (ctx: OpContext, person: Y.Map<unknown>): void => {
  if (ctx.userId === undefined) return;
  const owner = person.get('userId');
  if (owner === ctx.userId) return;
  throw refuse((tr) => {
    const name = String(person.get('name') ?? tr.t('refuse.thisPerson'));
    return tr.t(owner ? 'refuse.notYours' : 'refuse.claimFirst', { name });
  });
};

/**
 * A rejected operation: nothing was written. `message` is meant for the user, in English; `say` gives the
 * same message in the language of the page that shows it.
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  readonly say: (language: Language) => string;
  constructor(message: string, say?: (tr: Translator) => string) {
    super(message);
    this.say = say ? (language) => say(translator(language)) : () => message;
  }
}

/** A refusal from the catalogue: `throw refuse((tr) => tr.t('refuse.meetingOn'))`. */
export const refuse = (say: (tr: Translator) => string): OperationError => new OperationError(say(translator('en')), say);

export class ReadOnlyError extends OperationError {
  constructor() {
    const say = (tr: Translator) => tr.t('refuse.newerVersion', { version: SCHEMA_VERSION });
    super(say(translator('en')), say);
  }
}

/** Random 16-character ids from the platform's CSPRNG (available in Node 20 and every browser). */
export const randomId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
};

export const defaultContext = (origin: object = {}): OpContext => ({ origin, newId: randomId, now: Date.now });

/**
 * Declares a named operation: input is parsed with `schema` (a clear error and no write when it fails),
 * `check` may reject it against the current document, then `apply` runs in one transaction.
 * Yjs cannot roll a transaction back, so every check must happen before the first write.
 */
export const defineOperation = <S extends z.ZodType, R, P = void>(
  name: string,
  schema: S,
  check: (doc: Y.Doc, input: z.infer<S>) => P,
  apply: (doc: Y.Doc, input: z.infer<S>, ctx: OpContext, prepared: P) => R,
  /** `evenReadOnly`: the one kind of operation that may write to a board claiming a newer schema (recovery). */
  options: { evenReadOnly?: boolean } = {},
) => {
  const op = (doc: Y.Doc, rawInput: z.input<S>, ctx: OpContext): R => {
    if (isReadOnly(doc) && !options.evenReadOnly) throw new ReadOnlyError();
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success)
      throw refuse((tr) => {
        // The schema's own words, in the page's language (zod has a Spanish locale).
        const issues =
          tr.language === 'en' ? parsed.error : (schema.safeParse(rawInput, { error: ZOD_LOCALES[tr.language]().localeError }).error ?? parsed.error);
        return tr.t('refuse.invalid', { what: tr.language === 'en' ? humanName(name) : tr.t('refuse.change'), problem: describeIssues(issues, tr) });
      });
    const prepared = check(doc, parsed.data);
    let result!: R;
    doc.transact((transaction) => {
      result = apply(doc, parsed.data, ctx, prepared);
      stampUpdated(doc, transaction, ctx.now(), ctx.actor);
    }, ctx.origin);
    return result;
  };
  return Object.assign(op, { operationName: name, schema });
};

const ZOD_LOCALES = { en: z.locales.en, es: z.locales.es } as const satisfies Record<Language, unknown>;

const humanName = (name: string): string =>
  name
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/** One readable sentence per problem, naming the field: "name: must not be empty". */
export const describeIssues = (error: z.ZodError, tr: Translator = translator('en')): string =>
  error.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
      return `${where}${inputWordsIn(issue.message, tr)}`;
    })
    .join('; ');
