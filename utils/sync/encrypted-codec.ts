/**
 * The bundle codec (remote-folder.ts) for an encrypted sync folder: JSON, then AES-GCM with the
 * folder's key (crypto.ts). What reaches the server is `LCT1` + IV + ciphertext: no note text, no
 * titles. A file this key cannot open throws (the engine leaves it as it is and says so).
 */
import { decryptText, encryptBytes } from './crypto';
import type { BundleCodec } from './remote-folder';

export function encryptedJsonCodec(key: CryptoKey): BundleCodec {
  return {
    encode: (data) => encryptBytes(key, JSON.stringify(data)),
    decode: async (body) => JSON.parse(await decryptText(key, body)),
  };
}
