/**
 * The bundle codec (remote-folder.ts) for an encrypted sync folder: JSON, then AES-GCM with the
 * folder's key (crypto.ts), the file's name authenticated with it (a server cannot pass one file
 * off as another). What reaches the server is `LCT1` + IV + ciphertext: no note text, no titles,
 * and no image (a snapshot's file is its bytes encrypted the same way).
 * A file this key cannot open throws (the engine leaves it as it is and says so).
 */
import { decryptBytes, decryptText, encryptBytes } from './crypto';
import type { BundleCodec } from './remote-folder';

export function encryptedJsonCodec(key: CryptoKey): BundleCodec {
  return {
    encode: (data, name) => encryptBytes(key, JSON.stringify(data), name),
    decode: async (body, name) => JSON.parse(await decryptText(key, body, name)),
    encodeBytes: (bytes, name) => encryptBytes(key, new Uint8Array(bytes), name),
    decodeBytes: (body, name) => decryptBytes(key, body, name),
    encrypted: true,
  };
}
