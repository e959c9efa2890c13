// The project's own ESLint rules: events/no-payload-cast and boundaries/no-engine-in-screens on their own,
// then live in eslint.config.js.
import path from 'node:path';
import { ESLint, RuleTester, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
// The rule is plain JavaScript without declarations (the test typecheck has no allowJs): import it by URL.
const RULE_MODULE = new URL('../eslint/no-payload-cast-rule.js', import.meta.url).href;
const { noPayloadCastRule }: { noPayloadCastRule: Rule.RuleModule } = await import(RULE_MODULE);
const SCREENS_RULE_MODULE = new URL('../eslint/no-engine-in-screens-rule.js', import.meta.url).href;
const { noEngineInScreensRule }: { noEngineInScreensRule: Rule.RuleModule } = await import(
  SCREENS_RULE_MODULE
);
const MESSAGE =
  'Do not cast an event or command payload: narrow it by its type (isEvent, or a switch on event.type). Only the decoders (core/events/decode-event.ts, core/engine/parse-command.ts) may cast.';

// RuleTester declares its cases with the global describe/it: hand it Vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

/** One invalid case: the code and how many payload casts it holds. */
const invalid = (code: string, count = 1): RuleTester.InvalidTestCase => ({
  code,
  errors: Array.from({ length: count }, () => ({ messageId: 'payloadCast' })),
});

ruleTester.run('events/no-payload-cast', noPayloadCastRule, {
  valid: [
    // Narrowing by type instead of casting.
    "if (event.type === 'inject.released') { const role: string = event.payload.role; }",
    "if (isEvent(event, 'inject.released')) use(event.payload.content);",
    "switch (event.type) { case 'message.sent': send(event.payload.from); break; }",
    // `as const` is a literal freeze, not a cast, even on a payload.
    "const KINDS = ['a', 'b'] as const;",
    'const kind = payload.kind as const;',
    'const kind = <const>payload.kind;',
    // A payload somewhere inside the asserted expression is not a read of a payload.
    'const parsed = { type, payload } as Parsed;',
    'const parsed = { type: event.type, payload: event.payload } as Parsed;',
    'const result = foo(payload) as Result;',
    'const result = foo(event.payload).x as Result;',
    'const items = event.payload.items.map(toItem) as Item[];',
    'const label = map[payload] as string;',
    // Reads without an assertion, and `satisfies`, which checks without casting.
    'const text = String(payload.x);',
    'const text = `${event.payload.role}`;',
    'const checked = payload satisfies Payload;',
    // Casts of unrelated values, including names that only resemble `payload`.
    'const text = value as string;',
    'const text = <string>value;',
    'const count = event.seq as number;',
    'const injected = event as InjectReleased;',
    'const text = payloadText as string;',
    'const all = event.payloads as Payload[];',
    'const text = command.body.role as string;',
  ],
  invalid: [
    // The identifier `payload`.
    invalid('const p = payload as InjectPayload;'),
    invalid('const p = (payload) as InjectPayload;'),
    invalid('const p = payload! as InjectPayload;'),
    // A member chain with a `.payload` link.
    invalid('const p = event.payload as InjectPayload;'),
    invalid('const a = (event.payload as { a: string }).a;'),
    invalid('const role = event.payload.role as string;'),
    invalid('const from = e.payload.content.from as string;'),
    invalid("const x = event.payload['x'] as string;"),
    invalid('const x = event.payload[key] as string;'),
    invalid('const x = event.payload!.x as string;'),
    invalid('const x = event.payload.x! as string;'),
    invalid('const x = event?.payload?.x as string;'),
    invalid('const x = (event?.payload)!.x as string;'),
    invalid('const x = this.payload as Payload;'),
    invalid('const x = current().payload.role as string;'),
    // A member chain rooted at `payload`.
    invalid('const content = payload.content as InjectContent;'),
    invalid("const x = payload['x'] as string;"),
    invalid('const kind = payload.cause.kind as string;'),
    invalid('const kind = payload?.cause?.kind as string;'),
    // Angle-bracket assertions.
    invalid('const role = <string>payload.role;'),
    invalid('const p = <InjectPayload>event.payload;'),
    // A double cast is one cast of the payload; two casts in a statement are two reports.
    invalid('const p = event.payload as unknown as InjectPayload;'),
    invalid('const both = [payload.a as string, event.payload.b as number];', 2),
    // The message itself, on the whole assertion.
    {
      code: 'const role = event.payload.role as Role;',
      errors: [{ message: MESSAGE, line: 1, column: 14, endColumn: 40 }],
    },
  ],
});

describe('eslint.config.js', () => {
  const SNIPPET = [
    'declare const event: { payload: { role: unknown } };',
    'export const x = event.payload.role as string;',
    '',
  ].join('\n');

  /** The events/no-payload-cast messages ESLint gives the snippet as if it were the file at `relativePath`. */
  async function payloadCastMessages(eslint: ESLint, relativePath: string) {
    const [result] = await eslint.lintText(SNIPPET, { filePath: path.join(ROOT, relativePath) });
    expect(result).toBeDefined();
    return (result?.messages ?? []).filter((message) => message.ruleId === 'events/no-payload-cast');
  }

  it('reports payload casts everywhere but the two decoders', { timeout: 60_000 }, async () => {
    const eslint = new ESLint({ cwd: ROOT });

    // The rule is live in the project config: first on an engine file, in a renderer and in a test.
    const engine = await payloadCastMessages(eslint, 'core/engine/some-file.ts');
    expect(engine).toHaveLength(1);
    expect(engine[0]).toMatchObject({ severity: 2, line: 2, message: MESSAGE });
    expect(await payloadCastMessages(eslint, 'renderer/some-view.tsx')).toHaveLength(1);
    expect(await payloadCastMessages(eslint, 'test/some-file.test.ts')).toHaveLength(1);

    // …so its absence in the decoders is the override, not a rule that never ran.
    expect(await payloadCastMessages(eslint, 'core/events/decode-event.ts')).toEqual([]);
    expect(await payloadCastMessages(eslint, 'core/engine/parse-command.ts')).toEqual([]);
  });
});

/** One invalid case for boundaries/no-engine-in-screens: the code and the messages it gets, in order. */
const screenInvalid = (code: string, ...messageIds: ('engineType' | 'engineMember')[]) => ({
  code,
  errors: messageIds.map((messageId) => ({ messageId })),
});

ruleTester.run('boundaries/no-engine-in-screens', noEngineInScreensRule, {
  valid: [
    // What the screens do instead: a view and a send function.
    "import type { ExerciseView } from '../../core/index';",
    'const open = view.openDecisions(role);',
    'const { state, events } = view;',
    "void send('exercise/start', {});",
    // Words that only contain "engine", and the host's own members other than the engine.
    "import { useExerciseHost } from '../host/index';",
    'const load = useExerciseHost(exerciseId);',
    'const title = view.engineTitle;',
    'const { view, send } = host;',
    "const text = 'the engine refused it';",
    'const engines = count.engines;',
  ],
  invalid: [
    screenInvalid("import { ExerciseEngine } from '../../core/index';", 'engineType'),
    screenInvalid("import { type ExerciseEngine } from '../../core/index';", 'engineType'),
    screenInvalid("import type { ExerciseEngine as Engine } from '../../core/index';", 'engineType'),
    screenInvalid("export { ExerciseEngine } from '../../core/index';", 'engineType'),
    screenInvalid('let engine: core.ExerciseEngine;', 'engineType'),
    screenInvalid('const created = core.ExerciseEngine.create(store, options);', 'engineType'),
    screenInvalid('const events = host.engine.events;', 'engineMember'),
    screenInvalid('const events = host?.engine?.events;', 'engineMember'),
    screenInvalid("const events = host['engine'].events;", 'engineMember'),
    screenInvalid('const { engine } = host;', 'engineMember'),
    screenInvalid('const { engine: current } = load.host;', 'engineMember'),
    screenInvalid('function Panel({ engine }: Props) { return engine; }', 'engineMember'),
  ],
});

describe('boundaries/no-engine-in-screens in eslint.config.js', () => {
  const SNIPPET = [
    "import type { ExerciseEngine } from '../../core/index';",
    'declare const host: { engine: ExerciseEngine };',
    'export const count = host.engine.events.length;',
    '',
  ].join('\n');

  /** The lines ESLint reports for the snippet as if it were the file at `relativePath`. */
  async function engineLines(eslint: ESLint, relativePath: string) {
    const [result] = await eslint.lintText(SNIPPET, { filePath: path.join(ROOT, relativePath) });
    expect(result).toBeDefined();
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === 'boundaries/no-engine-in-screens')
      .map((message) => message.line);
  }

  it(
    'fails a screen or the console’s side of the host that imports the engine or reads `.engine`',
    { timeout: 60_000 },
    async () => {
      const eslint = new ESLint({ cwd: ROOT });
      for (const screen of [
        'renderer/console/SomePanel.tsx',
        'renderer/console/board/some-projection.ts',
        'renderer/console/msel/SomePanel.test.tsx',
        'renderer/components/SomeWidget.tsx',
        'renderer/home/SomeList.tsx',
        'renderer/app/App.tsx',
        'renderer/host/remote-exercise.ts',
      ])
        expect(await engineLines(eslint, screen), screen).toEqual([1, 3]);
      // The host's tests compare with a real engine, and the station and evaluator are not screens of this
      // rule; the engine's own folder is the engine.
      for (const other of [
        'renderer/host/remote-exercise.test.ts',
        'renderer/station/Some.tsx',
        'core/engine/x.ts',
      ])
        expect(await engineLines(eslint, other), other).toEqual([]);
    },
  );
});
