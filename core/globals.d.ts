/**
 * Web-standard globals that core/ may use. core/ is compiled with no DOM and no Node types, so every global
 * it needs is declared here once, in the shape both browsers and Node 20 provide.
 */

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** Deep copy by the structured clone algorithm (what postMessage and BroadcastChannel do to a message). */
declare function structuredClone<T>(value: T): T;
