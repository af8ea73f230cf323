// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DecryptionError,
  decryptBytes,
  decryptText,
  deriveSyncKey,
  encryptBytes,
  isEncryptedFile,
  newSalt,
} from '@/utils/sync/crypto';

/** Fewer rounds where the key's strength is not what a test is about (the key-check tests use the real count). */
const FAST = 1_000;
const NOTE = 'Krebs cycle: 2 ATP per glucose, ask about NADH yield';

describe('encryptBytes / decryptBytes', () => {
  it('round-trips text and bytes, and the file holds none of the text', async () => {
    const key = await deriveSyncKey('correct horse', newSalt(), FAST);
    const file = await encryptBytes(key, NOTE, 'notes/n1.json');
    expect(isEncryptedFile(file)).toBe(true);
    expect(Buffer.from(file).toString('latin1')).not.toContain('Krebs');
    expect(await decryptText(key, file, 'notes/n1.json')).toBe(NOTE);

    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(await decryptBytes(key, await encryptBytes(key, bytes))).toEqual(bytes);
  });

  it('uses a fresh 12-byte IV for every file: the same note encrypts differently each time', async () => {
    const key = await deriveSyncKey('correct horse', newSalt(), FAST);
    const first = await encryptBytes(key, NOTE);
    const second = await encryptBytes(key, NOTE);
    expect(first.slice(4, 16)).not.toEqual(second.slice(4, 16));
    expect(first).not.toEqual(second);
    // magic (4) + IV (12) + text + GCM tag (16)
    expect(first.length).toBe(4 + 12 + new TextEncoder().encode(NOTE).length + 16);
  });

  it('derives the same key from the same passphrase and salt, and another from another salt', async () => {
    const salt = newSalt();
    const file = await encryptBytes(await deriveSyncKey('pass phrase', salt, FAST), NOTE);
    expect(await decryptText(await deriveSyncKey('pass phrase', salt, FAST), file)).toBe(NOTE);
    await expect(decryptText(await deriveSyncKey('pass phrase', newSalt(), FAST), file)).rejects.toBeInstanceOf(
      DecryptionError,
    );
  });

  it.each([
    [
      'a wrong passphrase',
      async (file: Uint8Array) => decryptBytes(await deriveSyncKey('wrong', SALT, FAST), file, HERE),
    ],
    ['one changed byte', async (file: Uint8Array) => decryptBytes(await KEY, flip(file, file.length - 3), HERE)],
    ['a cut file', async (file: Uint8Array) => decryptBytes(await KEY, file.slice(0, file.length - 1), HERE)],
    ['another file’s place', async (file: Uint8Array) => decryptBytes(await KEY, file, 'notes/other.json')],
    ['a plain file', async () => decryptBytes(await KEY, new TextEncoder().encode(`{"text":"${NOTE}"}`), HERE)],
  ])('refuses %s with DecryptionError, never garbage', async (_, attempt) => {
    const file = await encryptBytes(await KEY, NOTE, HERE);
    expect(await decryptText(await KEY, file, HERE)).toBe(NOTE);
    await expect(attempt(file)).rejects.toBeInstanceOf(DecryptionError);
  });
});

const HERE = 'notes/n1.json';
const SALT = newSalt();
const KEY = deriveSyncKey('correct horse', SALT, FAST);

function flip(file: Uint8Array, at: number): Uint8Array {
  const copy = file.slice();
  copy[at] = (copy[at] ?? 0) ^ 1;
  return copy;
}
