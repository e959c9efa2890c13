/*
 * The preload bridge's fixed channels (docs/architecture.md §7 rule 2): one per capability of `DesktopBridge`.
 * The preload and main both read this module, so a channel's name cannot drift between them; there is no
 * generic `invoke(channel, …)`. What main checks each channel's arguments against: bridge-arguments.ts.
 */
export const BRIDGE_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
} as const;

export type BridgeChannel = (typeof BRIDGE_CHANNELS)[keyof typeof BRIDGE_CHANNELS];
