/**
 * pdfjs-dist's legacy build bundles core-js, which on loading replaces `Array.prototype.push`
 * (core-js es.array.push, forced on V8, which gets `push` onto a length near 2^32 wrong) and
 * `JSON.parse` / `JSON.stringify` (for `JSON.rawJSON`) for the whole isolate: once in pdf.mjs and
 * again in pdf.worker.mjs when the first document opens. Every `push` of every parser then runs
 * core-js's loop in JavaScript: about 15 % of the CPU time of a PDF (12.8 → 10.9 ms a page on the
 * bench corpus, one core). A parse worker only parses, nothing in it pushes onto an array of 2^32
 * elements and pdf.js uses JSON only for annotations and destinations, so the worker puts the
 * engine's own functions back after each file (worker.ts). The main thread never loads pdf.js.
 */
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify;
}
