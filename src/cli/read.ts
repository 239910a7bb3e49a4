/**
 * Bounded input for the command line: a config (or paste) is read up to the parsers' character
 * cap plus one character, never further, so `/dev/zero`, a FIFO that never ends or a multi-GB file
 * cost at most a few MB and end with the "too large" message — instead of `readFileSync` growing
 * memory until the process is killed and the cap being checked afterwards.
 */
import { open } from 'node:fs/promises';
import { MAX_TEXT_CHARS } from '~/model/config/limits';

/** What a bounded read got. */
export interface BoundedText {
  /** The text read: at most `maxChars` characters, or `maxChars + 1` when `more` is true. */
  text: string;
  /** The source held more than `maxChars` characters (it was not read to its end). */
  more: boolean;
}

/** Bytes asked of the source per read. */
const CHUNK = 64 * 1024;

/** Collects decoded text until it exceeds `maxChars`. */
class Collector {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly parts: string[] = [];
  private chars = 0;
  constructor(private readonly maxChars: number) {}

  /** Adds bytes; returns true once more than `maxChars` characters have arrived. */
  add(bytes: Uint8Array): boolean {
    const s = this.decoder.decode(bytes, { stream: true });
    this.parts.push(s);
    this.chars += s.length;
    return this.chars > this.maxChars;
  }

  result(ended: boolean): BoundedText {
    if (ended) {
      const tail = this.decoder.decode();
      this.parts.push(tail);
      this.chars += tail.length;
    }
    const text = this.parts.join('');
    const more = text.length > this.maxChars;
    return { text: more ? text.slice(0, this.maxChars + 1) : text, more };
  }
}

/**
 * Reads a file — or standard input for `-` — up to `maxChars + 1` characters (UTF-8). Works for
 * regular files, devices and FIFOs alike (no size is trusted up front). Rejects with the
 * system's error when the source cannot be opened or read (missing, a directory, no permission).
 */
export async function readBounded(source: string, maxChars: number = MAX_TEXT_CHARS): Promise<BoundedText> {
  const c = new Collector(maxChars);
  if (source === '-') return readStream(process.stdin, c);
  const fh = await open(source, 'r');
  try {
    const buf = new Uint8Array(CHUNK);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) return c.result(true);
      if (c.add(buf.subarray(0, bytesRead))) return c.result(false);
    }
  } finally {
    await fh.close();
  }
}

/** Reads a stream the same way, and stops it as soon as the cap is passed. */
async function readStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, c: Collector): Promise<BoundedText> {
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    if (c.add(bytes)) {
      stream.destroy?.();
      return c.result(false);
    }
  }
  return c.result(true);
}
