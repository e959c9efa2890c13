import { useMemo } from 'react';
import { encode } from 'uqr';

/** Light modules kept around the code, as the QR standard asks, so a phone finds its edges. */
const QUIET_ZONE = 4;

/** The modules of `text`'s QR code as one SVG path of unit squares (dark modules only). */
export function qrPath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }),
  );
  return { size: size + 2 * QUIET_ZONE, path };
}

/** A QR code drawn here, from the text alone: nothing is fetched, no canvas, readable from across a table. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      shapeRendering="crispEdges"
    >
      <title>{text}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
