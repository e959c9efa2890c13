/*
 * The preload bridge's fixed channels (docs/architecture.md §7 rule 2): one per capability of `DesktopBridge`.
 * The preload and main both read this module, so a channel's name cannot drift between them; there is no
 * generic `invoke(channel, …)`. What main checks each channel's arguments against: bridge-arguments.ts.
 */
export const BRIDGE_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  printToPdf: 'pdf:print',
  appInfo: 'app:info',
  openWindow: 'window:open',
  hostStatus: 'host:status',
  hostLan: 'host:lan',
  hostRestart: 'host:restart',
} as const;

export type BridgeChannel = (typeof BRIDGE_CHANNELS)[keyof typeof BRIDGE_CHANNELS];

/** The argument main gives each window, which its preload reads: where the exercise host listens. */
export const HOST_ORIGIN_ARGUMENT = '--pbsim-host=';
