import { effect } from '@preact/signals';
import { KIND_NAMES, type Kind, type NeedsAttention } from '../../core';
import type { BoardSession } from '../model/session';

/** A slice of reading, in the browser's idle time (or after a short wait where it has none to give). */
const whenIdle = (run: (hasTime: () => boolean) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 1), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(() => {
    const until = performance.now() + 8;
    run(() => performance.now() < until);
  }, 0);
  return () => clearTimeout(timer);
};

/**
 * Finds every item that needs attention (fails its schema), a few milliseconds at a time while the browser
 * is idle, and again after each change to the board; `found` gets the whole list once a pass is complete.
 * Reading every item of a large board at once was a quarter of a second in one task, ahead of the view
 * people opened the board for, and again when a catch-up or a restore replaced the board (bench
 * open-large-board and relay-catch-up, profiled). Items already read are not read again: a pass after an
 * edit costs a look at each id. Returns the function that stops it.
 */
export const scanForAttention = (session: BoardSession, found: (issues: NeedsAttention[]) => void): (() => void) => {
  let cancel = () => {};
  const pass = () => {
    cancel();
    const queue: [Kind, string][] = KIND_NAMES.flatMap((kind) => session.collections[kind].ids().map((id): [Kind, string] => [kind, id]));
    const issues: NeedsAttention[] = [...session.teamIssues.peek()];
    let next = 0;
    const slice = (hasTime: () => boolean) => {
      while (next < queue.length && hasTime()) {
        for (const end = Math.min(queue.length, next + 50); next < end; next++) {
          const [kind, id] = queue[next]!;
          const result = session.collections[kind].entity(id).peek();
          if (!result.ok) issues.push(result.issue);
        }
      }
      if (next < queue.length) cancel = whenIdle(slice);
      else found(issues);
    };
    cancel = whenIdle(slice);
  };
  const stop = effect(() => {
    for (const kind of KIND_NAMES) void session.collections[kind].version.value;
    void session.teamIssues.value;
    pass();
  });
  return () => {
    stop();
    cancel();
  };
};
