import type http from 'node:http';
/** The JSON answers of the host's endpoints, and the request bodies they read (host-routes.ts, station-routes.ts). */

// Nothing here may be cached: a token, a journal that grows, the outcome of a restore.
export const BASE_HEADERS: http.OutgoingHttpHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'",
};

export function answer(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  extra: http.OutgoingHttpHeaders = {},
) {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  response.end(text);
}

/** The request's body, or null once it passed `cap` bytes (the rest is not read). */
export function readBody(request: http.IncomingMessage, cap: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    request.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        request.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
