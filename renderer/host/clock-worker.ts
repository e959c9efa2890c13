// The controller's clock pulse, in a Worker so a background tab keeps ticking (see ticker.ts).
let timer: ReturnType<typeof setInterval> | undefined;

self.onmessage = (event: MessageEvent<{ everyMs: number }>) => {
  clearInterval(timer);
  timer = setInterval(() => self.postMessage('tick'), Math.max(50, event.data.everyMs));
};
