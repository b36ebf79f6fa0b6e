/**
 * pdf.js 5 inflates every Flate stream (each page's content, read again for its operator list;
 * each font) through the web `DecompressionStream`: in Node that is a web stream over an
 * asynchronous zlib handle on the thread pool, with its promises, chunk queues and a thread
 * hand-off per stream — for streams of a few kilobytes that pdf.js then joins into one array
 * anyway (`asyncGetBytesFromDecompressionStream`, pdf.worker.mjs). Profiled in a parse worker
 * (issue 16), zlib and web streams were 13 % of its CPU time and the thread waited on the pool
 * for another 8 %.
 *
 * `WholeDecompressionStream` has the same face for the one use pdf.js makes of it (a writer
 * given the whole stream, then `for await` over the readable) and inflates with one
 * `inflateSync`. It fails where `DecompressionStream` fails (a cut-off stream: "unexpected end
 * of file"; checked on Node 20), so pdf.js falls back to its own decoder on the same streams as
 * before and reads the same bytes. Formats other than `deflate` go to the engine's own class.
 * Installed once per thread, by read-pdf.ts, before pdf.js is loaded.
 */
import { inflateSync } from 'node:zlib';

interface Writer {
  ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

const Native = globalThis.DecompressionStream;

class WholeDecompressionStream {
  readonly writable: { getWriter(): Writer };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    const chunks: Uint8Array[] = [];
    let closed!: () => void;
    const whole = new Promise<void>((resolve) => (closed = resolve));
    const writer: Writer = {
      ready: Promise.resolve(),
      write: async (chunk) => void chunks.push(chunk),
      close: async () => closed(),
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await whole;
        yield inflateSync(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      },
    };
    if (format !== 'deflate') return new Native(format as ConstructorParameters<typeof DecompressionStream>[0]) as unknown as WholeDecompressionStream;
  }
}

let installed = false;

export function installWholeInflate(): void {
  if (installed) return;
  installed = true;
  globalThis.DecompressionStream = WholeDecompressionStream as unknown as typeof DecompressionStream;
}
