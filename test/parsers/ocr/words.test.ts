/**
 * Runs of the page text read by OCR (parsers/ocr/words.ts), on lines written by hand and a fake
 * engine: words a space apart are one phrase, a figure beside a gutter is cut out and read again
 * as a cell, a figure inside a sentence is marked unchecked.
 */
import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrRead, ReadLine } from '../../../parsers/ocr/engine.js';
import { looksTabular, wordRuns } from '../../../parsers/ocr/words.js';

const DPI = 300;
const PX = DPI / 72;

/** A white 300-dpi page with two ink bars (two "digits") at x 705–712 and 728–735, y 100–140. */
function raster() {
  const width = 1000;
  const height = 300;
  const image = { width, height, data: new Uint8Array(width * height).fill(255) };
  const ink = new Uint8Array(width * height);
  for (let y = 100; y < 140; y++) {
    for (const x0 of [705, 728]) {
      for (let x = x0; x < x0 + 8; x++) {
        image.data[y * width + x] = 0;
        ink[y * width + x] = 1;
      }
    }
  }
  return { number: 3, image, ink, dpi: DPI };
}

/** An engine that reads "29" whatever it is shown, and counts its reads. */
function fakeEngine(): OcrEngine & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(image, mode): Promise<OcrRead> {
      reads.push(mode);
      const line = { text: '29', confidence: 93, x0: 0, y0: 0, x1: image.width, y1: image.height, baseline: image.height, words: [] };
      return { text: '29', confidence: 93, lowest: 93, lines: [line] };
    },
    async close() {},
  };
}

const word = (text: string, x0: number, x1: number, confidence = 90) => ({ text, confidence, x0, x1, y0: 100, y1: 140 });
const line = (...words: ReturnType<typeof word>[]): ReadLine => ({ text: words.map((w) => w.text).join(' '), confidence: 90, x0: words[0]!.x0, x1: words.at(-1)!.x1, y0: 100, y1: 140, baseline: 136, words });
const place = { scale: PX, x: 0, y: 0 };

describe('wordRuns', () => {
  it('joins words a space apart into a phrase, and reads a figure beside a gutter again as a cell', async () => {
    const engine = fakeEngine();
    const runs = await wordRuns(engine, raster(), line(word('Nhiệm', 400, 480, 96), word('vụ', 490, 520, 80), word('29', 700, 740, 95)), place);
    expect(runs.map((r) => r.text)).toEqual(['Nhiệm vụ', '29']);
    // A phrase of words is as sure as its words on average: (96 + 80) / 2.
    expect(runs[0]!.ocr?.confidence).toBe(88);
    // "29" is read again from its ink: block then digits only (cells.ts), and its box is its ink's, in points.
    expect(engine.reads).toEqual(['block', 'figure']);
    expect(runs[1]!.ocr).toEqual({ confidence: 93, box: { page: 3, x: Math.round((705 / PX) * 10) / 10, y: 24, w: Math.round((31 / PX) * 10) / 10, h: Math.round((40 / PX) * 10) / 10 } });
    // Every run of the line sits on its baseline, 136 px down.
    expect(runs.map((r) => r.y)).toEqual([136 / PX, 136 / PX]);
  });

  it('leaves a number inside running text as read, marked unchecked, without reading it again', async () => {
    const engine = fakeEngine();
    const runs = await wordRuns(engine, raster(), line(word('năm', 100, 160, 96), word('2024', 170, 250, 91), word('đã', 260, 300, 96)), place);
    expect(runs.map((r) => r.text)).toEqual(['năm 2024 đã']);
    // With a figure in it, the phrase is as sure as its least sure word.
    expect(runs[0]!.ocr).toMatchObject({ confidence: 91, unchecked: true });
    expect(engine.reads).toEqual([]);
  });

  it('says so when the read again differs from the page read', async () => {
    const runs = await wordRuns(fakeEngine(), raster(), line(word('Nhiệm', 400, 480), word('28', 700, 740)), place);
    expect(runs[1]).toMatchObject({ text: '29', ocr: { disagreement: '28' } });
  });
});

describe('looksTabular', () => {
  // Word heights 40 px: a gutter is 32 px or more.
  const row = (y: number) => ({ ...line(word('2.1.', 100, 160), word('Số nhiệm vụ', 200, 420), word('Nhiệm vụ', 600, 700), word('29', 800, 840)), y0: y, y1: y + 40 });
  const prose = line(word('Thực', 100, 180), word('hiện', 190, 260), word('Công', 270, 350), word('văn', 360, 420));

  it('takes three lines of three pieces between gutters for a table, and reads their figures again only then', async () => {
    expect(looksTabular([row(100), row(160), row(220), prose])).toBe(true);
    expect(looksTabular([row(100), row(160), prose, prose])).toBe(false);
    const engine = fakeEngine();
    const runs = await wordRuns(engine, raster(), line(word('Nhiệm', 400, 480), word('29', 700, 740)), place, false);
    expect(engine.reads).toEqual([]);
    expect(runs[1]!.ocr).toMatchObject({ confidence: 90, unchecked: true });
  });
});
