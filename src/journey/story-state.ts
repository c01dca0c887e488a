/**
 * The story's state as a pure value: which step, which moment, which zone
 * times are shown in, and whether it plays. Work in progress: transitions
 * land next.
 */

/** Which zone times are shown in: each place's own, the reader's, or UTC. */
export type ZoneMode = 'local' | 'reader' | 'utc';

/** What a link's hash says: `#event=<id>`, `#t=<ISO time>`, or both, and `tz=reader|utc`. */
export interface HashState {
  /** An event id, `overview`, or undefined when absent. */
  readonly event: string | undefined;
  /** ms since the epoch; undefined when absent or unreadable. */
  readonly time: number | undefined;
  readonly zone: ZoneMode;
}
