import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../node-adapters/index';

/**
 * The path a journal records for its scenario. It must not depend on the folder the command was started
 * from, or two runs of the same scenario, seed and policy would differ by a byte: inside the project it is
 * the path from the project root (`scenarios/<id>/scenario.yaml`, what journals have always recorded for the
 * bundled scenarios), elsewhere the file's name under its folder's name (`my-exercise/scenario.yaml`).
 * Real paths are compared, so a symlink or `..` in the way changes nothing. Always `/`-separated.
 */
export async function recordedScenarioPath(file: string, root: string = PROJECT_ROOT): Promise<string> {
  const real = await realpath(file).catch(() => path.resolve(file));
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  const relative = path.relative(realRoot, real);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  const inside = relative !== '' && !outside;
  const parts = inside ? relative.split(path.sep) : [path.basename(path.dirname(real)), path.basename(real)];
  return parts.filter((part) => part !== '').join('/');
}
