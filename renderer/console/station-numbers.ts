/**
 * Stations by number rather than by their random ids (`station-2aa0…`): "Station 1" is the first this
 * console saw, "Station 2" the next, and a station keeps its number while the console runs. Stations already
 * connected when the console opens are numbered in the order the host lists them.
 */
export class StationNumbers {
  private readonly numbers = new Map<string, number>();

  numberOf(station: string): number {
    let number = this.numbers.get(station);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(station, number);
    }
    return number;
  }

  /** Number every station of a presence list not numbered yet, in the list's order. */
  see(stations: readonly { station: string }[]): void {
    for (const { station } of stations) this.numberOf(station);
  }
}
