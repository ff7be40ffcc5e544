import type { LibraryModel } from '../app/library';
import { CreateBoard } from './CreateBoard';

/** First run: what UBT Board is, and the form to create the team's first board. */
export function Welcome({ library }: { library: LibraryModel }) {
  return (
    <main class="welcome">
      <h1>UBT Board</h1>
      <p class="lede">
        One board for your unit-based team: ideas from staff, projects and aims, tests of change as PDSA cycles, measures, and
        actions. It lives in this browser; nothing is sent to a server.
      </p>
      <CreateBoard library={library} />
    </main>
  );
}
