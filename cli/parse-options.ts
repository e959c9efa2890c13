import { UsageError } from './exit-codes';

export interface ParsedOptions {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/**
 * The arguments of one command: options that take a value, flags, and the rest. An unknown option, a
 * missing value or an option given twice (which one would win is a guess) is a usage error naming the command.
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  spec: { values?: readonly string[]; flags?: readonly string[] },
): ParsedOptions {
  const parsed: ParsedOptions = { positional: [], values: new Map(), flags: new Set() };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const known = spec.flags?.includes(arg) || spec.values?.includes(arg);
    if (known && (parsed.flags.has(arg) || parsed.values.has(arg)))
      throw new UsageError(`${command}: ${arg} is given twice; give it once`);
    if (spec.flags?.includes(arg)) parsed.flags.add(arg);
    else if (spec.values?.includes(arg)) {
      const value = args[++index];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${command}: ${arg} needs a value`);
      parsed.values.set(arg, value);
    } else if (arg.startsWith('-')) throw new UsageError(`${command}: unknown option ${arg}`);
    else parsed.positional.push(arg);
  }
  return parsed;
}
