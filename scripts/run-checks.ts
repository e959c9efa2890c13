// `npm test`: every check in turn — format, lint, typecheck, unit, e2e — each through its own npm script,
// with its output streamed as it comes. Stops at the first part that fails, exiting with that part's code,
// and ends with the time each part took (scripts/check-times.ts), pass or fail.
//   node --import tsx scripts/run-checks.ts [part…]     (no part: all of them, in this order)
import { spawn } from 'node:child_process';
import { formatCheckTimes, type PartOutcome, type PartTime } from './check-times';

const PARTS = [
  { name: 'format', script: 'format:check' },
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit', script: 'test:unit' },
  { name: 'e2e', script: 'test:e2e' },
] as const;

/** Runs `npm run <script>` with this terminal; resolves with its exit code. */
function runNpmScript(script: string): Promise<number> {
  // Under `npm test`, npm names its own entry script: running it with this node needs no shell and no PATH.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli ? [process.execPath, [npmCli, 'run', script]] : ['npm', ['run', script]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    // A part killed by a signal has no exit code: count it as a failure all the same.
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function runChecks(requested: readonly string[]): Promise<number> {
  const unknown = requested.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0) {
    console.error(
      `run-checks: unknown part ${unknown.join(', ')}; the parts: ${PARTS.map((p) => p.name).join(', ')}`,
    );
    return 2;
  }
  const selected = requested.length === 0 ? PARTS : PARTS.filter((part) => requested.includes(part.name));
  const times: PartTime[] = selected.map((part) => ({
    name: part.name,
    seconds: 0,
    outcome: { kind: 'not run' },
  }));
  const started = performance.now();
  let exitCode = 0;
  for (const [index, part] of selected.entries()) {
    console.log(`\n── ${part.name} (npm run ${part.script}) ──`);
    const partStarted = performance.now();
    const code = await runNpmScript(part.script);
    const outcome: PartOutcome = code === 0 ? { kind: 'passed' } : { kind: 'failed', exitCode: code };
    times[index] = { name: part.name, seconds: (performance.now() - partStarted) / 1000, outcome };
    if (code !== 0) {
      exitCode = code;
      break;
    }
  }
  console.log(`\n${formatCheckTimes(times, (performance.now() - started) / 1000)}`);
  return exitCode;
}

process.exitCode = await runChecks(process.argv.slice(2));
