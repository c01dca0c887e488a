/**
 * The hostile journeys of the security review (issue 15), built from
 * data/journeys/minimal.json when a test needs them instead of committed as
 * megabytes. Each returns the file's JSON text.
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
interface Minimal extends Json {
  events: (Json & { id: string })[];
}

const minimal = (): Minimal => JSON.parse(readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8')) as Minimal;

/**
 * One event whose `others` holds `count` empty strings (442 KiB at the
 * default): a problem for each, which made the validator overflow its stack.
 */
export function manyEmptyOthers(count = 150_000): string {
  const file = minimal();
  file.events[1]!.others = new Array<string>(count).fill('');
  return JSON.stringify(file);
}

/**
 * `count` unknown travellers among the participants, 500 to an event (the
 * cap on one list), in copies of the first event (2.4 MiB at the default):
 * an "Unknown traveller id" for each, which overflowed the stack too.
 */
export function manyUnknownParticipants(count = 150_000): string {
  const file = minimal();
  const [first] = file.events;
  const PER_EVENT = 500;
  file.events = Array.from({ length: Math.ceil(count / PER_EVENT) }, (_, k) => ({
    ...first!,
    id: `${first!.id}-${k}`,
    participants: Array.from({ length: Math.min(PER_EVENT, count - k * PER_EVENT) }, (_, i) => `unknown-${k * PER_EVENT + i}`),
  }));
  return JSON.stringify(file);
}

/**
 * One event whose `others` holds `count` numbers instead of names (0.8 MiB at
 * the default): a problem for each (the cap of 200 on the list is not
 * checked on a list of the wrong type), which froze the page drawing one
 * item each.
 */
export function manyProblems(count = 100_001): string {
  const file = minimal();
  file.events[1]!.others = Array.from({ length: count }, (_, i) => 1_000_000 + i);
  return JSON.stringify(file);
}
