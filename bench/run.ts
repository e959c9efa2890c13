// npm run bench: every benchmark prints its figures; none of them is a pass/fail test.
import { benchContentLoading } from './content-loading';
import { benchDecodeJournal } from './decode-journal';
import { benchHostLatency } from './host-latency';
import { benchHostRestore } from './host-restore';
import { benchHostThroughput } from './host-throughput';
import { benchPackageProof } from './package-proof';
import { benchReplay } from './replay';
import { benchReportBuild } from './report-build';
import { benchRunGrowth } from './run-growth';
import { benchStationLoad } from './station-load';
import { benchStoreAppends } from './store-appends';
import { benchBrowser } from './browser/browser-bench';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
await benchContentLoading();
await benchStoreAppends();
await benchDecodeJournal();
await benchReplay();
await benchReportBuild();
await benchPackageProof();
await benchRunGrowth();
await benchHostThroughput();
await benchHostLatency();
await benchHostRestore();
await benchStationLoad();
await benchBrowser();
