// Result codes made independently of the app, for tests that need many of them or ones
// no participant could make (a name over the form's limit, HTML in it). Follows the
// format described in src/model/sharing/code.rs: `SW`, then Crockford base32 of format (4 bits),
// pulse (1), bank version (6), workshop (30), day (16), nonce (16), the answers as one
// base-6 number in bank order (last item first), the name's length (6) and bytes, and a
// CRC-20 (x^20 + x^3 + 1) over all of that.

import { askedItems, bank } from './scoring-oracle.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A result code for `workshop` (its six-character id). `answers` maps item ids to 1..5
 * and defaults to every asked item answered `level`; `nonce` tells people apart.
 */
export function resultCode({ workshop, variant = 'pulse', level = 3, answers, nonce = 1, day = 2500, name = '' }) {
  const items = askedItems(variant);
  const given = answers ?? Object.fromEntries(items.map((item) => [item.id, level]));
  const bits = [];
  const push = (value, width) => {
    for (let i = width - 1; i >= 0; i--) bits.push(Number((BigInt(value) >> BigInt(i)) & 1n));
  };
  push(1, 4);
  push(variant === 'pulse' ? 1 : 0, 1);
  push(bank.version, 6);
  push([...workshop].reduce((acc, c) => acc * 32n + BigInt(ALPHABET.indexOf(c)), 0n), 30);
  push(day, 16);
  push(nonce, 16);
  const number = items.reduceRight((acc, item) => acc * 6n + BigInt(given[item.id] ?? 0), 0n);
  push(number, (6n ** BigInt(items.length) - 1n).toString(2).length);
  const bytes = new TextEncoder().encode(name);
  push(bytes.length, 6);
  for (const byte of bytes) push(byte, 8);
  let register = 0;
  for (const bit of bits) {
    const feedback = ((register >> 19) & 1) ^ bit;
    register = ((register << 1) & 0xFFFFF) ^ (feedback ? 0b1001 : 0);
  }
  push(register, 20);
  let code = 'SW';
  for (let i = 0; i < bits.length; i += 5) {
    code += ALPHABET[bits.slice(i, i + 5).concat([0, 0, 0, 0]).slice(0, 5).reduce((acc, b) => acc * 2 + b, 0)];
  }
  return code;
}
