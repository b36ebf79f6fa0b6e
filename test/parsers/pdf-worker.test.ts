/**
 * The port pdf.js's worker and this thread talk over (parsers/pdf/pdf-worker.ts): what a
 * listener receives is what was posted, even when pdf.js empties or refills the sent objects
 * right after posting them, as `OperatorList.flush` and `enqueueChunk` do (pdf.worker.mjs).
 */
import { describe, expect, it } from 'vitest';
import { SharingPort } from '../../parsers/pdf/pdf-worker.js';

function received(port: SharingPort): Promise<unknown> {
  return new Promise((resolve) => port.addEventListener('message', (event) => resolve(event.data)));
}

describe('SharingPort', () => {
  it('delivers an operator list chunk as sent, though its arrays are emptied after posting', async () => {
    const port = new SharingPort();
    const got = received(port);
    const chunk = { fnArray: [91, 44], argsArray: [null, [[{ unicode: 'a' }]]], lastChunk: false, length: 2 };
    port.postMessage({ stream: 4, streamId: 1, chunk });
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    expect(await got).toEqual({ stream: 4, streamId: 1, chunk: { fnArray: [91, 44], argsArray: [null, [[{ unicode: 'a' }]]], lastChunk: false, length: 2 } });
  });

  it('delivers a text chunk as sent, though the sender hands the next one in the same object', async () => {
    const port = new SharingPort();
    const got = received(port);
    const textContent = { items: [{ str: 'STT' }], styles: { f1: { fontFamily: 'serif' } } };
    port.postMessage({ stream: 4, streamId: 2, chunk: textContent });
    textContent.items = [{ str: 'Chỉ tiêu' }];
    textContent.styles = {} as typeof textContent.styles;
    expect(await got).toEqual({ stream: 4, streamId: 2, chunk: { items: [{ str: 'STT' }], styles: { f1: { fontFamily: 'serif' } } } });
  });

  it('clones any other message: changing it after posting changes nothing received', async () => {
    const port = new SharingPort();
    const got = received(port);
    const data = { pageIndex: 3, options: { intent: 'display' } };
    port.postMessage({ action: 'GetPage', data });
    data.options.intent = 'print';
    expect(await got).toEqual({ action: 'GetPage', data: { pageIndex: 3, options: { intent: 'display' } } });
  });

  it('delivers in the order posted, to every listener, and to none once removed or terminated', async () => {
    const port = new SharingPort();
    const seen: unknown[] = [];
    const listener = (event: { data: unknown }) => seen.push(event.data);
    port.addEventListener('message', listener);
    port.postMessage({ n: 1 });
    port.postMessage({ n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    port.removeEventListener('message', listener);
    port.postMessage({ n: 3 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('drops a listener when the signal it was added with is aborted, as pdf.js destroys a document', async () => {
    const port = new SharingPort();
    const seen: unknown[] = [];
    const documentEnds = new AbortController();
    port.addEventListener('message', (event) => seen.push(event.data), { signal: documentEnds.signal });
    expect(port.listenerCount).toBe(1);
    port.postMessage({ n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    documentEnds.abort();
    expect(port.listenerCount).toBe(0);
    port.postMessage({ n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([{ n: 1 }]);
    // A signal already aborted adds nothing.
    port.addEventListener('message', (event) => seen.push(event.data), { signal: documentEnds.signal });
    expect(port.listenerCount).toBe(0);
  });
});
