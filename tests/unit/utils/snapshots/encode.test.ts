import { describe, expect, it } from 'vitest';
import { SNAPSHOT_MAX_BYTES, sniffSnapshotMime } from '@/utils/model/snapshots';
import { base64ToBytes, bytesToBase64 } from '@/utils/snapshots/base64';
import { encodeSnapshot, type MakeSurface } from '@/utils/snapshots/encode';
import { snapshotFromWire } from '@/utils/snapshots/wire';

/**
 * A canvas stand-in: `light` is every pixel's brightness; an encoding's size grows with the width
 * and the quality (`bytesPerPixel` at quality 1); without WebP it hands back PNG, as browsers do.
 */
function fakeSurfaces({ light = 128, bytesPerPixel = 1, webp = true } = {}) {
  const encoded: { type: string; quality: number; width: number }[] = [];
  const make: MakeSurface = (width, height) => ({
    source: {} as CanvasImageSource,
    context: {
      drawImage: () => undefined,
      getImageData: (_x: number, _y: number, w: number, h: number) =>
        ({ data: new Uint8ClampedArray(w * h * 4).fill(light) }) as ImageData,
    } as never,
    async encode(type, quality) {
      const made = type === 'image/webp' && !webp ? 'image/png' : type;
      encoded.push({ type: made, quality, width });
      return new Blob([new Uint8Array(Math.round(width * height * bytesPerPixel * quality))], { type: made });
    },
  });
  return { make, encoded };
}

const draw = () => undefined;

describe('encodeSnapshot', () => {
  it('scales to at most 1280 px wide and makes WebP where the browser can', async () => {
    const { make } = fakeSurfaces({ bytesPerPixel: 0.05 });
    const image = await encodeSnapshot(draw, 1920, 1080, make);
    expect(image).toMatchObject({ mime: 'image/webp', width: 1280, height: 720 });
  });

  it('keeps a small video at its own size', async () => {
    const { make } = fakeSurfaces({ bytesPerPixel: 0.05 });
    expect(await encodeSnapshot(draw, 480, 270, make)).toMatchObject({ width: 480, height: 270 });
  });

  it('makes JPEG where WebP encoding is missing', async () => {
    const { make } = fakeSurfaces({ bytesPerPixel: 0.05, webp: false });
    expect(await encodeSnapshot(draw, 1280, 720, make)).toMatchObject({ mime: 'image/jpeg', width: 1280 });
  });

  it('lowers the quality, then the size, until the image fits in 150 KB', async () => {
    const { make, encoded } = fakeSurfaces({ bytesPerPixel: 0.5 });
    const image = await encodeSnapshot(draw, 1280, 720, make);
    if (typeof image === 'string') throw new Error(image);
    expect(image.data.byteLength).toBeLessThanOrEqual(SNAPSHOT_MAX_BYTES);
    expect(image.width).toBeLessThan(1280);
    expect(encoded.slice(0, 4).map((step) => step.quality)).toEqual([0.82, 0.7, 0.55, 0.4]);
  });

  it('refuses a black frame (a protected video draws black)', async () => {
    const { make } = fakeSurfaces({ light: 3 });
    expect(await encodeSnapshot(draw, 1280, 720, make)).toBe('black');
  });
});

describe('snapshot bytes on the wire', () => {
  const webp = new Uint8Array([82, 73, 70, 70, 1, 0, 0, 0, 87, 69, 66, 80, 9, 9]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]);

  it('knows a WebP and a JPEG by their magic numbers, nothing else', () => {
    expect(sniffSnapshotMime(webp)).toBe('image/webp');
    expect(sniffSnapshotMime(jpeg)).toBe('image/jpeg');
    expect(sniffSnapshotMime(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(sniffSnapshotMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('round-trips bytes through base64 exactly', () => {
    const bytes = new Uint8Array(70_000).map((_, at) => (at * 131) % 256);
    expect([...(base64ToBytes(bytesToBase64(bytes)) ?? [])]).toEqual([...bytes]);
    expect(base64ToBytes('not base64!')).toBeNull();
  });

  it('stores what its bytes are, whatever it claims', () => {
    const stored = snapshotFromWire('n', { width: 1, height: 1, base64: bytesToBase64(jpeg) }, 5);
    expect(stored).toMatchObject({ noteId: 'n', mime: 'image/jpeg', createdAt: 5 });
    expect(snapshotFromWire('n', { width: 1, height: 1, base64: btoa('GIF89a') }, 5)).toMatch(
      /neither a WebP nor a JPEG/,
    );
  });
});
