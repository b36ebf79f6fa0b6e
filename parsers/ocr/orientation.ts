/**
 * Which way up a scanned page is: a page fed into the scanner sideways or upside down reads as
 * noise, so a window of its text is read at each quarter turn and the turn Tesseract is surest of,
 * over a body of letters, wins. The window is read as one block (PSM 6): Tesseract's own layout
 * analysis (PSM 3) turns vertical lines of text itself, so it reads a sideways window as well as
 * an upright one and cannot tell them apart. (Stopping at the first confident read was tried: a sideways
 * table page read upright scored 80 on a handful of marks.)
 */
import type { OcrEngine } from './engine.js';
import { rotateQuarters, shrink, type GrayImage } from './image.js';

/** Letters a window of text gives at least, read the right way up. */
const ENOUGH_LETTERS = 30;
/** An upright read this sure settles it. */
const SURE = 70;
/** The window is read at this resolution at most: enough to tell text from noise, and quick. */
const WINDOW_DPI = 200;
/** Tried in this order: upright, a quarter each way, upside down. */
const TURNS = [0, 1, 3, 2];

/**
 * The window with the most ink that is not a rule: two fifths of the page wide, a sixth high (in
 * its own axes, so a sideways page gets a window across its lines too), from 3 × 3 places.
 */
function textWindow(image: GrayImage, ink: Uint8Array): GrayImage {
  const w = Math.floor(image.width / 2.5);
  const h = Math.floor(image.height / 6);
  let best = { x: w, y: Math.floor(image.height / 2), ink: -1 };
  for (const fx of [0.15, 0.5, 0.85]) {
    for (const fy of [0.25, 0.5, 0.75]) {
      const x = Math.max(0, Math.min(image.width - w, Math.round(fx * image.width - w / 2)));
      const y = Math.max(0, Math.min(image.height - h, Math.round(fy * image.height - h / 2)));
      let count = 0;
      // Text, not rules: ink pixels with paper on their left and right are edges of strokes.
      for (let j = y; j < y + h; j += 2) for (let i = x + 1; i < x + w - 1; i += 2) if (ink[j * image.width + i] && !ink[j * image.width + i - 1]) count++;
      if (count > best.ink) best = { x, y, ink: count };
    }
  }
  // Square, so a quarter turn keeps its size and the reads compare alike.
  const square = Math.min(w, h);
  return withoutRules(ink, image.width, best.x + Math.floor((w - square) / 2), best.y, square);
}

/**
 * The window's ink as black on white, with the rules of a table taken out (a pixel row or column
 * more than half ink): Tesseract reads lines through text as letters, whichever way up.
 */
function withoutRules(ink: Uint8Array, width: number, x0: number, y0: number, size: number): GrayImage {
  const data = new Uint8Array(size * size).fill(255);
  for (let j = 0; j < size; j++) for (let i = 0; i < size; i++) if (ink[(y0 + j) * width + x0 + i]) data[j * size + i] = 0;
  for (let j = 0; j < size; j++) {
    let count = 0;
    for (let i = 0; i < size; i++) count += data[j * size + i] === 0 ? 1 : 0;
    if (count > size / 2) data.fill(255, j * size, (j + 1) * size);
  }
  for (let i = 0; i < size; i++) {
    let count = 0;
    for (let j = 0; j < size; j++) count += data[j * size + i] === 0 ? 1 : 0;
    if (count > size / 2) for (let j = 0; j < size; j++) data[j * size + i] = 255;
  }
  return { width: size, height: size, data };
}

/** Quarter turns clockwise that make the page upright (0–3). */
export async function uprightTurns(engine: OcrEngine, image: GrayImage, ink: Uint8Array, dpi: number): Promise<number> {
  const window = textWindow(image, ink);
  const factor = Math.min(1, WINDOW_DPI / dpi);
  const small = factor < 1 ? shrink(window, factor) : window;
  let best = { turns: 0, score: -1 };
  for (const turns of TURNS) {
    const read = await engine.read(rotateQuarters(small, turns), 'block', Math.round(dpi * factor));
    // Sideways text is read as a few confident marks: the score needs a body of letters too.
    const letters = read.text.replace(/[^\p{L}]/gu, '').length;
    const score = read.confidence * Math.min(1, letters / ENOUGH_LETTERS);
    if (score > best.score) best = { turns, score };
    // Read as one block, text on its side or upside down scored 52 at most on the fixtures.
    if (turns === 0 && score >= SURE) break;
  }
  return best.turns;
}
