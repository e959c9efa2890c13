// What scripts/ and bench/ use of the test harness: the exercise host as a process, its Node clients (the
// console, role stations, the socket they share) and the crash run. Tests import the fixtures directly.
export * from './fixtures/crash-audit';
export * from './fixtures/crash-run';
export * from './fixtures/hosted-salisbury';
export { multiplyInjects } from './fixtures/large-scenario';
export * from './fixtures/node-console';
export * from './fixtures/node-host-socket';
export * from './fixtures/node-station';
export { startServeProcess, type ServeProcess } from './fixtures/serve-process';
export { waitFor } from './fixtures/socket-client';
export { playToTheEndByAgents } from './e2e/agent-play';
export { runCli } from './fixtures/cli-harness';
