/**
 * A self-signed TLS certificate for test host names, made at test time with node:crypto alone
 * (an EC P-256 key; the X.509 structure is a few lines of DER): no openssl, nothing committed.
 * The browsers are told to accept it (tests/support/browsers.ts); only the fixture server uses it.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

/** A DER element: tag, length, contents. */
function der(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  const length = body.length;
  const head =
    length < 0x80
      ? [length]
      : length < 0x100
        ? [0x81, length]
        : length < 0x10000
          ? [0x82, length >> 8, length & 0xff]
          : [0x83, length >> 16, (length >> 8) & 0xff, length & 0xff];
  return Buffer.concat([Buffer.from([tag, ...head]), body]);
}

const sequence = (...items: Buffer[]) => der(0x30, ...items);

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
}

/** UTCTime, YYMMDDHHMMSSZ. */
function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  return der(
    0x17,
    Buffer.from(
      `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`,
    ),
  );
}

const ECDSA_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));

export interface Certificate {
  key: string;
  cert: string;
}

/** A certificate for `hosts` (subjectAltName DNS names), valid from yesterday for 30 days. */
export function selfSignedCertificate(hosts: readonly string[], now = new Date()): Certificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const name = sequence(der(0x31, sequence(oid('2.5.4.3'), der(0x0c, Buffer.from('Lectern test fixtures')))));
  const serial = randomBytes(8);
  // A positive DER INTEGER in minimal form: first byte 0x01–0x7f (no sign bit, no leading zero).
  serial[0] = (serial[0] ?? 0) & 0x7f || 1;
  const day = 24 * 60 * 60 * 1000;
  const altNames = sequence(...hosts.map((host) => der(0x82, Buffer.from(host))));
  const tbs = sequence(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    ECDSA_SHA256,
    name,
    sequence(utcTime(new Date(now.getTime() - day)), utcTime(new Date(now.getTime() + 30 * day))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    der(0xa3, sequence(sequence(oid('2.5.29.17'), der(0x04, altNames)))),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(tbs, ECDSA_SHA256, der(0x03, Buffer.from([0]), signature));
  const lines = certificate.toString('base64').match(/.{1,64}/g) ?? [];
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
  };
}
