// No station receives copied text above its clearance in any bundled scenario under any policy (issue 17):
// each scenario is played headless to its end with a fixed seed, every command the engine accepted is noted
// with the markings its texts were recorded under (and every inject as released), and each role's station
// view is searched for them. The
// clearance table is read from the playbook's YAML (test/fixtures/clearance-oracle.ts), not the engine's.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  AGENT_POLICIES,
  ExerciseEngine,
  MemoryEventStore,
  runExercise,
  type ExerciseCommand,
  type ExerciseEvent,
} from '../core/index';
import { parseCommand } from '../core/engine/parse-command';
import { PROJECT_ROOT } from '../node-adapters/index';
import { bundledPlaybookSources } from './bundled-content';
import { ClearanceTable, leaksAt, type RecordedText } from './fixtures/clearance-oracle';
import { exerciseContent } from './fixtures/fixtures';

const SCENARIOS = readdirSync(path.join(PROJECT_ROOT, 'scenarios'))
  .filter((name) => !name.includes('.'))
  .sort();
const playbook = bundledPlaybookSources();
const WALL = Date.UTC(2026, 0, 5, 8, 0);

/** Commands whose texts are not marked content: clock and MSEL control, receipts, evaluation material. */
const CARRY_NO_MARKED_TEXT =
  /^(exercise\/|inject\/(release-now|hold|skip|reschedule|acknowledge)$|message\/read$|expected-action\/mark$|observation\/|rating\/give$|role\/auto-play$)/;

const text = (value: unknown): string[] => (typeof value === 'string' && value.length > 0 ? [value] : []);

/** The texts a command put into the log, each with the markings it was recorded under and who must see it. */
function textsOf(
  table: ClearanceTable,
  command: ExerciseCommand,
  everyRole: readonly string[],
  /** The marking of the mechanism a decision was taken on, from the log. */
  mechanismMarkingOf: (decisionId: string) => string,
): RecordedText[] {
  const parsed = parseCommand(command);
  if ('code' in parsed)
    throw new Error(`the engine accepted a command that does not parse: ${parsed.reason}`);
  const reach = (markings: string[], among: readonly string[] = everyRole) => [
    ...among.filter((role) => table.cleared(role, markings)),
    ...everyRole.filter((role) => table.seesEverything(role)),
  ];
  const recorded = (texts: string[], markings: string[], among?: readonly string[]) =>
    texts.map((entry) => ({ text: entry, markings, expectedAt: reach(markings, among) }));
  switch (parsed.type) {
    case 'decision/take': {
      const { machine, event, fields, rationale } = parsed.payload;
      const markings = table.decisionMarkings(machine, event, fields);
      const written = table.textFields(machine, event).flatMap((name) => text(fields[name]));
      return recorded([...written, ...text(rationale)], markings);
    }
    case 'message/send': {
      const { subject, body, marking, to } = parsed.payload;
      return recorded([subject, body], [marking], to);
    }
    case 'inject/send-adhoc': {
      const { title, text: written, marking, to } = parsed.payload;
      return recorded([title, written], [marking], to);
    }
    case 'decision/void':
      return recorded([parsed.payload.reason], [mechanismMarkingOf(parsed.payload.decisionId)]);
    default:
      if (CARRY_NO_MARKED_TEXT.test(parsed.type)) return [];
      throw new Error(`the leak check does not know what ${parsed.type} records: teach it`);
  }
}

/** Each released inject's title and text, under its marking, for the roles it was sent to. */
function releasedInjectTexts(
  table: ClearanceTable,
  events: readonly ExerciseEvent[],
  everyRole: readonly string[],
): RecordedText[] {
  return events.flatMap((event) => {
    if (event.type !== 'inject.released') return [];
    const { title, text: body, marking, to } = event.payload.content;
    const expectedAt = [
      ...to.filter((role) => table.cleared(role, [marking])),
      ...everyRole.filter((role) => table.seesEverything(role)),
    ];
    return [title, body].map((entry) => ({ text: entry, markings: [marking], expectedAt }));
  });
}

describe('every bundled scenario under every policy', { timeout: 600_000 }, () => {
  it.each(SCENARIOS.flatMap((scenario) => AGENT_POLICIES.map((policy) => [scenario, policy] as const)))(
    '%s, %s: no station receives a text recorded under a marking its role is not cleared for',
    async (scenario, policy) => {
      const file = `scenarios/${scenario}/scenario.yaml`;
      const scenarioText = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      const table = ClearanceTable.forScenario(scenarioText);
      const roles = (parse(scenarioText) as { roles: { play: string[]; local: { id: string }[] } }).roles;
      const everyRole = [...roles.play, ...roles.local.map((role) => role.id)];
      const content = exerciseContent(playbook, { path: file, text: scenarioText });
      const store = new MemoryEventStore(`leaks-${scenario}-${policy}`);
      const engine = await ExerciseEngine.create(store, {
        exerciseId: store.exerciseId,
        name: 'leaks',
        seed: 7,
        wallMs: WALL,
        content,
      });
      // Every command the run sends goes through `execute`: note the ones the engine accepted.
      const accepted: ExerciseCommand[] = [];
      const execute = engine.execute.bind(engine);
      engine.execute = async (command, wallMs) => {
        const reply = await execute(command, wallMs);
        if (reply.ok && reply.duplicate !== true) accepted.push(command);
        return reply;
      };
      await runExercise(engine, { policy, seed: 7, wallStartMs: WALL });

      const mechanismMarkingOf = (decisionId: string) => {
        const taken = engine.events.find(
          (event) => event.type === 'decision.taken' && event.payload.decisionId === decisionId,
        );
        const machine = taken?.type === 'decision.taken' ? taken.payload.machine : '';
        return table.machines.get(machine)?.marking ?? 'NO-SUCH-MACHINE';
      };
      const texts = accepted.flatMap((command) => textsOf(table, command, everyRole, mechanismMarkingOf));
      // A station's `words` are the playbook's own vocabulary (decision and state titles of the mechanisms it
      // sees), the same in every exercise and not traffic recorded under a marking: an inject titled "NAC
      // statement" is not leaked by the decision title "Issue a NAC statement (by consensus)".
      const received = new Map(
        everyRole.map((role) => {
          const { words, ...traffic } = engine.stationView(role);
          void words;
          return [role, traffic] as const;
        }),
      );
      const commands = leaksAt(table, received, texts, 'exact');
      expect(commands.leaks).toEqual([]);
      expect(commands.missing).toEqual([]);
      expect(texts.length).toBeGreaterThan(0);
      // The injects as released: their text is searched for inside other texts too, since an automated role
      // that quoted a marked inject in a decision would carry it to every station that sees the decision.
      const injects = releasedInjectTexts(table, engine.events, everyRole);
      const quoted = leaksAt(table, received, injects, 'inside');
      expect(quoted.leaks).toEqual([]);
      expect(quoted.missing).toEqual([]);
      expect(injects.length).toBeGreaterThan(0);
    },
  );
});
