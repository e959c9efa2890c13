// npm run bench: every benchmark prints its figures; none of them is a pass/fail test.
import { benchContentLoading } from './content-loading';

console.log(`Node ${process.version}, ${new Date().toISOString()}`);
await benchContentLoading();
