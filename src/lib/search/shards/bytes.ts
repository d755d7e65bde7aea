/**
 * Bytes of the search index's binary records: varints written and read, and text as UTF-16LE (what
 * gram-shard.ts, unit-lists.ts, gram-positions.ts, the text packs and volumes.ts are encoded with).
 * Pure: no DOM, no Node APIs.
 */

export class ByteWriter {
  private buffer = new Uint8Array(256);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(value: number): void {
    this.room(1);
    this.buffer[this.length++] = value;
  }

  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new Error(`varint: ${value}`);
    this.room(8);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  at: number;
  readonly data: Uint8Array;
  readonly end: number;

  constructor(data: Uint8Array, start = 0, end = data.length) {
    this.data = data;
    this.at = start;
    this.end = end;
  }

  byte(): number {
    if (this.at >= this.end) throw new Error('index file truncated');
    return this.data[this.at++]!;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  }

  bytes(n: number): Uint8Array {
    if (this.at + n > this.end) throw new Error('index file truncated');
    const out = this.data.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}

export function encodeUtf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

export function decodeUtf16(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2048) {
    const end = Math.min(bytes.length >> 1, (i >> 1) + 1024);
    const codes: number[] = [];
    for (let k = i >> 1; k < end; k++) codes.push(bytes[2 * k]! | (bytes[2 * k + 1]! << 8));
    out += String.fromCharCode(...codes);
  }
  return out;
}
