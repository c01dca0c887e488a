/**
 * Checks on what the format lets a file say as reporters do (issue 14):
 * a time "after" or "before" another event (`afterEvent`, `beforeEvent`),
 * and which members of a delegation took part in an event (`members`).
 * Unknown event ids are reported with the other references in
 * `validate.ts`; these rules check that what is said can be true. Errors
 * only; pure functions.
 */
import { closestMatch } from './hints.ts';
import type { Item } from './parse-items.ts';
import { problem, type PathPart, type Problem } from './problem.ts';
import type { JourneyEvent, JourneyTime, LegFeature, PlaceInput, Traveller } from './schema.ts';
import { timeBounds } from './story-checks.ts';

/** What these checks read: the items that parsed, at their indexes in the file. */
export interface RelationItems {
  readonly events: readonly Item<JourneyEvent>[];
  readonly features: readonly Item<PlaceInput | LegFeature>[];
  readonly travellers: readonly Item<Traveller>[];
  /** The zone of a place (given or inferred); 'UTC' if unknown. */
  readonly zoneOf: (placeId: string) => string;
}

/**
 * Times that say they come after an event that, by the times written, can
 * only start later, or before an event that can only have ended earlier
 * (bounds as in `timeBounds`: uncertain times are given the benefit of the
 * doubt); and an event's own time placed after or before itself.
 */
export function checkRelativeTimes({ events, features, zoneOf }: Pick<RelationItems, 'events' | 'features' | 'zoneOf'>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, JourneyEvent>();
  for (const e of events) if (e && !byId.has(e.id)) byId.set(e.id, e);
  const check = (time: JourneyTime, placeId: string, parts: PathPart[], ownId?: string) => {
    const mine = timeBounds(time, zoneOf(placeId));
    for (const key of ['afterEvent', 'beforeEvent'] as const) {
      const id = time[key];
      if (id === undefined) continue;
      if (id === ownId) {
        problems.push(problem('error', [...parts, key], `An event's time can't come ${key === 'afterEvent' ? 'after' : 'before'} the event itself`));
        continue;
      }
      const other = byId.get(id);
      if (!other || !mine) continue;
      const zone = zoneOf(other.place);
      if (key === 'afterEvent') {
        const start = timeBounds(other.start, zone);
        if (start && mine[1] < start[0]) {
          problems.push(problem('error', [...parts, key], `This time (${time.at}) is before "${id}" can start (${other.start.at}), so it can't come after it`, 'Check the time, or which event it follows.'));
        }
      } else {
        const end = timeBounds(other.end ?? other.start, zone);
        if (end && mine[0] > end[1]) {
          problems.push(problem('error', [...parts, key], `This time (${time.at}) is after "${id}" has ended (${(other.end ?? other.start).at}), so it can't come before it`, 'Check the time, or which event it precedes.'));
        }
      }
    }
  };
  events.forEach((e, i) => {
    if (!e) return;
    check(e.start, e.place, ['events', i, 'start'], e.id);
    if (e.end) check(e.end, e.place, ['events', i, 'end'], e.id);
  });
  features.forEach((f, i) => {
    if (f?.properties.kind !== 'leg') return;
    const p = (f as LegFeature).properties;
    check(p.depart, p.from, ['features', i, 'properties', 'depart']);
    check(p.arrive, p.to, ['features', i, 'properties', 'arrive']);
  });
  return problems;
}

/**
 * An event's `members`: each key is one of its participants, a delegation
 * with members, and each name is one of that delegation's members.
 */
export function checkEventMembers({ events, travellers }: Pick<RelationItems, 'events' | 'travellers'>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Traveller>();
  for (const t of travellers) if (t && !byId.has(t.id)) byId.set(t.id, t);
  events.forEach((e, i) => {
    if (!e?.members) return;
    for (const [id, names] of Object.entries(e.members)) {
      const parts = ['events', i, 'members', id];
      if (!e.participants.includes(id)) {
        problems.push(problem('error', parts, `"${id}" is not a participant of this event`, `Add "${id}" to "participants", or remove it from "members".`));
        continue;
      }
      const traveller = byId.get(id);
      if (!traveller) continue; // an unknown participant is reported at its place in "participants"
      const known = (traveller.members ?? []).map((m) => m.name);
      if (known.length === 0) {
        problems.push(problem('error', parts, `"${id}" has no members to name`, `Name the members in the traveller's "members", or remove "${id}" from this event's "members".`));
        continue;
      }
      names.forEach((name, k) => {
        if (known.includes(name)) return;
        const match = closestMatch(name, known);
        problems.push(problem('error', [...parts, k], `"${name}" is not a member of "${id}"`, match ? `Did you mean "${match}"?` : `Its members are: ${known.join(', ')}.`));
      });
    }
  });
  return problems;
}
