import { channelNamedBy } from './msel-channels';
import type { MselField } from './msel-columns';
import { parseMselTime, type MselClock } from './msel-time';

/**
 * Guessing what each column holds when a sheet has no header row (OpenBAS's own import files have none).
 * Each column is profiled from its cells, then fields are handed out in an order that mirrors how MSELs
 * are laid out: times, numbers and delivery methods are recognisable by content; short repeated names
 * are senders and recipients; of the free-text columns left, the first short one is the subject, the next
 * the message, one that speaks of expectations is the expected action, and the next the notes. Every
 * guess carries its reason, because the controller must check it (or give `--columns`). Columns whose header
 * already names their field (`fixed`) keep it, and their fields are not handed out again: the unknown
 * columns of a header row are profiled exactly as a headerless sheet's are.
 */

export interface GuessedColumn {
  index: number;
  field: MselField | 'ignored';
  reason: string;
}

interface Profile {
  index: number;
  cells: string[];
  timeRate: number;
  numericRate: number;
  sequential: boolean;
  channelRate: number;
  roleRate: number;
  expectRate: number;
  distinctRatio: number;
  meanWords: number;
  meanLength: number;
}

/** Expectation words in English, French, German, Dutch, Spanish, Italian and a few more European languages. */
const EXPECT_WORDS =
  /\b(expect\w*|should|must|verify|ensure|attendu\w*|erwart\w*|verwacht\w*|esperad\w*|previst\w*|attes[ao]\b|attesi\b|attese\b|forvent\w*|förväntad\w*|oczekiwan\w*|esperad\w*|očekáv\w*|odotet\w*|action(s)? (to|a) )/iu;
/** Links and file names (a T3SF "Photo" column): kept out, never fetched. */
const LINK = /^(https?:\/\/\S+|[\w.-]+\.(png|jpe?g|gif|pdf|mp4|docx?))$/i;
const TEAM_LIKE = /^(team|group|cell|player|role|equipe|groupe|cellule)[\s_-]*[\w-]{0,4}$/i;
/** A title is usually shorter than this; a message usually longer. */
const SHORT_TEXT = 60;

function rate(cells: readonly string[], test: (cell: string) => boolean): number {
  return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
}

function profile(
  index: number,
  rows: readonly string[][],
  start: MselClock,
  isKnownRole: (name: string) => boolean,
  headerName: string,
): Profile {
  const cells = rows.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
  const numbers = cells.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : NaN));
  const words = cells.map((cell) => cell.split(/\s+/).length);
  return {
    index,
    cells,
    timeRate: rate(cells, (cell) => parseMselTime(cell, start).ok && !/^\d+$/.test(cell)),
    numericRate: rate(cells, (cell) => /^-?\d+(\.\d+)?$/.test(cell)),
    sequential:
      numbers.length > 1 &&
      numbers.every((value, position) => position === 0 || value > (numbers[position - 1] as number)),
    channelRate: rate(cells, (cell) => cell.split(/\s+/).length <= 5 && channelNamedBy(cell) !== null),
    roleRate: rate(cells, (cell) => isKnownRole(cell) || TEAM_LIKE.test(cell)),
    expectRate: EXPECT_WORDS.test(headerName) ? 1 : rate(cells, (cell) => EXPECT_WORDS.test(cell)),
    distinctRatio: cells.length === 0 ? 1 : new Set(cells).size / cells.length,
    meanWords: cells.length === 0 ? 0 : words.reduce((sum, count) => sum + count, 0) / cells.length,
    meanLength: cells.length === 0 ? 0 : cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length,
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** One guess per column, in column order. */
export function inferColumns(
  rows: readonly string[][],
  start: MselClock,
  isKnownRole: (name: string) => boolean,
  /** The names of an unrecognised header row, used only as hints. */
  header: readonly string[] = [],
  /** Columns whose header names their field: kept, and their fields not guessed for another column. */
  fixed: ReadonlyMap<number, MselField> = new Map(),
): GuessedColumn[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const profiles = Array.from({ length: width }, (_, index) =>
    profile(index, rows, start, isKnownRole, header[index] ?? ''),
  );
  const guesses = new Map<number, GuessedColumn>();
  const assign = (column: Profile | undefined, field: MselField | 'ignored', reason: string) => {
    if (column && !guesses.has(column.index))
      guesses.set(column.index, { index: column.index, field, reason });
  };
  const open = () => profiles.filter((column) => column.cells.length > 0 && !guesses.has(column.index));
  const free = (field: MselField) => ![...guesses.values()].some((guess) => guess.field === field);

  for (const [index, field] of fixed) assign(profiles[index], field, 'named by its header');
  for (const column of profiles) if (column.cells.length === 0) assign(column, 'ignored', 'no values');
  for (const column of open())
    if (rate(column.cells, (cell) => LINK.test(cell)) >= 0.6)
      assign(column, 'ignored', 'links or file names (nothing is fetched)');

  const time = open()
    .filter((column) => column.timeRate >= 0.6)
    .sort((a, b) => b.timeRate - a.timeRate)[0];
  if (time && free('time')) assign(time, 'time', `${percent(time.timeRate)} of its cells read as times`);
  // A second column of times (a "Date" beside the time) is not free text: leave it out, saying why.
  for (const column of open().filter((candidate) => candidate.timeRate >= 0.6))
    assign(column, 'ignored', 'times too; only one column can hold the time');

  for (const column of open().filter((candidate) => candidate.numericRate >= 0.9)) {
    if (column.sequential && free('number')) assign(column, 'number', 'increasing whole numbers');
    else
      assign(
        column,
        'ignored',
        column.sequential
          ? 'increasing numbers too; only one column can hold the number'
          : 'numbers that are not a sequence, such as scores',
      );
  }

  const channel = open()
    .filter((column) => column.channelRate >= 0.6)
    .sort((a, b) => b.channelRate - a.channelRate)[0];
  if (channel && free('channel'))
    assign(channel, 'channel', `${percent(channel.channelRate)} of its cells name a delivery method`);

  const people = open().filter(
    (column) =>
      column.meanWords <= 3 &&
      (column.roleRate >= 0.5 || (column.distinctRatio <= 0.6 && column.cells.length >= 4)),
  );
  // A sender column is never lost: with the recipient already named, the one column of names is the sender.
  if (people.length >= 2 && free('from') && free('to')) {
    assign(people[0], 'from', 'short names, the first such column');
    assign(people[1], 'to', 'short names, the second such column');
  } else if (free('to')) assign(people[0], 'to', 'short names of teams or roles');
  else if (free('from')) assign(people[0], 'from', 'short names, and the recipient column is named');

  const expected = open()
    .filter((column) => column.expectRate >= 0.5)
    .sort((a, b) => b.expectRate - a.expectRate)[0];
  if (expected && free('expected'))
    assign(
      expected,
      'expected',
      `${percent(expected.expectRate)} of its cells (or its name) speak of expectations`,
    );
  for (const column of open().filter((candidate) => candidate.expectRate >= 0.5))
    assign(column, 'ignored', 'also speaks of expectations; only one column can hold the expected action');
  const namedText = [...fixed].find(([, field]) => field === 'text')?.[0];

  // Free text, left to right: a short first column is the subject, the next the message; a column far
  // longer than the positional message is the message instead. Whatever follows the message is notes.
  let prose = open();
  let title: Profile | undefined;
  if (
    free('title') &&
    prose.length >= (free('text') ? 2 : 1) &&
    (prose[0] as Profile).meanLength <= SHORT_TEXT
  )
    title = prose[0];
  let text = free('text') ? prose.find((column) => column !== title) : undefined;
  const longest = [...prose].sort((a, b) => b.meanLength - a.meanLength)[0];
  if (text && longest && longest !== title && longest.meanLength > 2 * text.meanLength) text = longest;
  assign(title, 'title', 'short free text before the message');
  assign(text, 'text', 'the main free-text column');
  prose = open();
  const after = text?.index ?? namedText;
  const notes =
    after !== undefined && free('notes') ? prose.find((column) => column.index > after) : undefined;
  assign(notes, 'notes', 'free text after the message');
  for (const column of open()) assign(column, 'ignored', 'not recognised');

  return profiles.map((column) => guesses.get(column.index) as GuessedColumn);
}
