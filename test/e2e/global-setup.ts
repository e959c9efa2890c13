// Builds the renderer once for the whole run when its sources changed; each test's host then serves it as it
// is (`--no-build`), so no test pays for a build and no two hosts build at once.
import { buildIfStale, describeBuild } from '../../station-server/build-if-stale';

export default async function globalSetup(): Promise<void> {
  console.log(`renderer: ${describeBuild(await buildIfStale())}`);
}
