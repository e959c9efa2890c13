import { render, screen } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath, QrCode } from './QrCode';

const SCALE = 8;

/** The drawn path as a picture: each `M x y` unit square painted black on white, SCALE pixels a module. */
function rasterise(size: number, path: string): Uint8ClampedArray {
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const match of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(match[1]), Number(match[2])];
    for (let dy = 0; dy < SCALE; dy += 1)
      for (let dx = 0; dx < SCALE; dx += 1) {
        const at = ((y * SCALE + dy) * width + x * SCALE + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
  }
  return pixels;
}

describe('a join code’s QR code', () => {
  it('reads back as the join link with an independent QR reader', () => {
    const link = 'http://192.168.10.4:4173/#/join/KM7HXR3CA';
    const { size, path } = qrPath(link);
    const read = jsQR(rasterise(size, path), size * SCALE, size * SCALE);
    expect(read?.data).toBe(link);
  });

  it('differs from one code to the next, and keeps a light margin of four modules', () => {
    const first = qrPath('http://192.168.10.4:4173/#/join/KM7HXR3CA');
    const second = qrPath('http://192.168.10.4:4173/#/join/ACDEFHJKM');
    expect(second.path).not.toBe(first.path);
    const corners = [...first.path.matchAll(/M(\d+) (\d+)/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    expect(Math.min(...corners.flat())).toBe(4);
    expect(Math.max(...corners.flat())).toBe(first.size - 5);
  });

  it('is an image named for people, with the link as its title', () => {
    render(
      <QrCode text="http://192.168.10.4:4173/#/join/KM7HXR3CA" label="QR code to join as Member State A" />,
    );
    const image = screen.getByRole('img', { name: 'QR code to join as Member State A' });
    expect(image.querySelector('title')).toHaveTextContent('http://192.168.10.4:4173/#/join/KM7HXR3CA');
  });
});
