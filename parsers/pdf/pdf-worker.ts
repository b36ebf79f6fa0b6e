/**
 * The pdf.js "worker" every document of this thread is read with: pdf.js's own message handlers
 * (`WorkerMessageHandler`, pdf.worker.mjs) on a port in this thread, made once and kept, as
 * pdf.js's fake worker would be, but with a cheaper port.
 *
 * pdf.js's `LoopbackPort` (pdf.mjs) passes every message through `structuredClone`, as a real
 * worker boundary would. Most messages are small; two kinds are not: the chunks of an operator
 * list, whose `showText` arguments hold an object for every glyph of the page (read here only for
 * the ruling lines), and the chunks of text content. Profiled in a parse worker (issue 16), the
 * cloning was 7 % of its CPU time, two thirds of it for those chunks. They are fresh objects
 * that the sender does not touch again, except that it empties an operator list's two arrays
 * after sending them (`OperatorList.flush`: `fnArray.length = 0`) and hands the next text chunk
 * in the same object with new `items` and `styles` (`enqueueChunk`): so those chunks are copied
 * one level deep (the arrays and the chunk object), which keeps what the receiver sees exactly
 * what was sent; the buffers an operator list transfers (path coordinates) are the sender's no
 * more, as with a real transfer. Every other message is still cloned.
 * Nothing that pdf.js receives is changed by this thread's code (runsOfItems and
 * rulesFromOperators only read).
 */
import type { TransferListItem } from 'node:worker_threads';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<Pdfjs['PDFWorker']>;
type Listener = (this: unknown, event: { data: unknown }) => void;

interface StreamChunk {
  fnArray?: unknown[];
  argsArray?: unknown[];
  items?: unknown[];
}

function copyOf(message: unknown, transfer?: TransferListItem[]): unknown {
  const chunk = (message as { chunk?: StreamChunk } | null)?.chunk;
  if (chunk && typeof chunk === 'object') {
    // The buffers an operator list transfers (its paths' coordinates) are given up by the sender.
    if (Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
      return { ...(message as object), chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
    }
    if (Array.isArray(chunk.items) && !transfer?.length) return { ...(message as object), chunk: { ...chunk } };
  }
  // Stream control (pull, close, acknowledgements): primitives only, copied as they are.
  if (isFlat(message)) return { ...(message as object) };
  // A glyph's outline (disableFontFace: pdf.js sends one per glyph used): a fresh array, its buffer transferred.
  const { action, data } = message as { action?: string; data?: unknown[] };
  if (action === 'commonobj' && Array.isArray(data) && data[1] === 'FontPath') return message;
  return structuredClone(message, transfer?.length ? { transfer } : undefined);
}

function isFlat(message: unknown): boolean {
  if (message === null || typeof message !== 'object') return false;
  for (const key in message) {
    const value = (message as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object') return false;
  }
  return true;
}

/**
 * pdf.js's LoopbackPort (pdf.mjs), with `copyOf` for its clone: both sides listen on this one
 * object. Each document's two message handlers (pdf.mjs `MessageHandler`) add their listener with
 * an AbortSignal and remove it only by aborting that signal when the document is destroyed, as
 * LoopbackPort allows: a port that ignored the signal kept every document read by the thread, its
 * handlers and what they hold, and called all their listeners on every message (issue 16: a parse
 * worker's memory grew with each PDF, past 400 MB in an import of 10,000 files).
 */
export class SharingPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: TransferListItem[]): void {
    const event = { data: copyOf(message, transfer) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, event);
    });
  }

  addEventListener(name: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    if (name !== 'message') return;
    let unhook: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(name, listener);
      signal.addEventListener('abort', onAbort);
      unhook = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unhook);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  /** Listeners now (for tests: a document destroyed leaves none behind). */
  get listenerCount(): number {
    return this.#listeners.size;
  }

  terminate(): void {
    for (const unhook of this.#listeners.values()) unhook?.();
    this.#listeners.clear();
  }
}

let worker: Promise<PdfWorker> | null = null;

/** This thread's worker, made on first use; documents are given it (`getDocument({ worker })`) and never destroy it. */
export function pdfWorker(pdfjs: Pdfjs): Promise<PdfWorker> {
  worker ??= (async () => {
    const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const port = new SharingPort();
    WorkerMessageHandler.initializeFromPort(port);
    return new pdfjs.PDFWorker({ port: port as never, verbosity: pdfjs.VerbosityLevel.ERRORS });
  })();
  return worker;
}
