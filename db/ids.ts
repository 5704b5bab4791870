import { randomBytes } from 'node:crypto';

/**
 * `count` new ids in the UUIDv7 layout (RFC 9562): the time of `now` in milliseconds, then a
 * counter, then random bits. Ids made together sort in the order they were made, and after ids
 * made earlier, so a batch of rows lands at the end of the id index, each beside the last, instead
 * of anywhere in it. The counter starts at a random point in the lower half of its range, so ids
 * from two batches made in the same millisecond still differ in 44 random bits.
 */
export function timeOrderedIds(count: number, now: string): string[] {
  const ms = Date.parse(now);
  if (!Number.isFinite(ms)) throw new Error(`Not a time: ${now}`);
  // 30 bits of counter: 12 in rand_a, 18 at the top of rand_b; 44 random bits below them.
  if (count > 2 ** 29) throw new Error('Too many ids at once.');
  const time = ms.toString(16).padStart(12, '0').slice(-12);
  const random = randomBytes(4 + count * 6);
  let counter = random.readUInt32BE(0) & (2 ** 29 - 1);
  const ids: string[] = [];
  for (let i = 0; i < count; i++, counter++) {
    const high = counter >>> 18; // 12 bits
    const low = counter & 0x3ffff; // 18 bits
    const r = random.subarray(4 + i * 6, 10 + i * 6);
    // rand_b: variant 10, the counter's low 18 bits, then 44 random bits (4 of them in this group).
    const b1 = 0x8000 | (low >>> 4);
    const b2 = ((low & 0xf) << 12) | (r.readUInt16BE(0) & 0xfff);
    const tail = r.readUIntBE(2, 4).toString(16).padStart(8, '0');
    ids.push(
      `${time.slice(0, 8)}-${time.slice(8)}-${(0x7000 | high).toString(16)}-${b1.toString(16)}-${b2
        .toString(16)
        .padStart(4, '0')}${tail}`,
    );
  }
  return ids;
}
