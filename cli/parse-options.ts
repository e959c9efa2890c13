import { UsageError } from './exit-codes';

export interface ParsedOptions {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/**
 * The arguments of one command: options that take a value, flags, and the rest. An unknown option or a
 * missing value is a usage error that names the command.
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  spec: { values?: readonly string[]; flags?: readonly string[] },
): ParsedOptions {
  const parsed: ParsedOptions = { positional: [], values: new Map(), flags: new Set() };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
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
