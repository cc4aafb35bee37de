import type { Viewer } from '../auth/viewer.js';

/** Who acts on a person's data: a signed-in admin, or the operator at the command line. */
export interface PersonDataActor {
  /** The admin's user id; null for the command line. */
  userId: number | null;
  /** The admin's e-mail, or `cli`. */
  actor: string;
}

/** The command line, which stands for the operator (no user row). */
export const COMMAND_LINE: PersonDataActor = { userId: null, actor: 'cli' };

export function actorOf(viewer: Viewer): PersonDataActor {
  return { userId: viewer.userId, actor: viewer.email };
}
