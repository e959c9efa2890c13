import { rosterTitle, type StationRoster } from '../../core/index';

/** An option of a list a participant chooses from: the id the command carries, the title shown. */
export interface Choice {
  id: string;
  title: string;
}

/**
 * What a station words with its roster (sent by the host, kept in the station's storage). Without one yet
 * (a station opened for the first time while its host is away) ids stand in and the lists are empty.
 */

/** Whom this station may write to, as the host decided: the other roles at stations and local roles. */
export function recipientChoices(roster: StationRoster | null): Choice[] {
  return (roster?.recipients ?? []).map((id) => ({ id, title: rosterTitle(roster, id) }));
}

/** The roles a decision's role field may name: every player role in play, this one included. */
export function playerChoices(roster: StationRoster | null): Choice[] {
  return (roster?.roles ?? [])
    .filter((role) => role.audience === 'players')
    .map((role) => ({ id: role.id, title: role.title }));
}

/** The markings this role may see, which are the ones it may mark its messages and decisions with. */
export function markingChoices(roster: StationRoster | null): Choice[] {
  return roster?.markings ?? [];
}

/** A decision's title by its mechanism and event name; the event name when the roster does not have it. */
export function decisionTitle(roster: StationRoster | null, machine: string, event: string): string {
  const mechanism = roster?.mechanisms.find((entry) => entry.id === machine);
  return mechanism?.decisions.find((decision) => decision.event === event)?.title ?? event;
}
