/**
 * Skew of a scanned page: the angle at which the page's lines (ruling lines and lines of text)
 * run straightest, by the projection-profile method: ink counted along lines of each trial
 * angle piles up into sharp peaks when the angle is right, so the sum of squared counts is
 * largest. Scanners skew pages by up to about 3° (issue #14); wider angles are not tried.
 */
import type { GrayImage } from './image.js';

const MAX_DEGREES = 3;
/** Less than this is left alone: 0.08° moves a line by 3 pixels over a 300-dpi A4 width, within a rule's reach. */
const STRAIGHT = 0.08;
/** Sampled pixels: the profile needs the shape of the lines, not every pixel. */
const SAMPLE_WIDTH = 900;

export interface Skew {
  /** The lines fall this many degrees to the right (y grows downwards); 0 when straight. */
  degrees: number;
  /** Sharpness of the best profile relative to the straight one (≥ 1). */
  gain: number;
  /** Sharpness of the best profile, for comparing the two axes of one page. */
  score: number;
}

interface Points {
  xs: Int32Array;
  ys: Int32Array;
  count: number;
  width: number;
  height: number;
}

/** Ink pixels on a coarse lattice; `columns` swaps the axes (lines running down the page). */
function samplePoints(image: GrayImage, mask: Uint8Array, columns: boolean): Points {
  const step = Math.max(1, Math.round(Math.max(image.width, image.height) / SAMPLE_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      if (!mask[y * image.width + x]) continue;
      xs.push(Math.floor((columns ? y : x) / step));
      ys.push(Math.floor((columns ? x : y) / step));
    }
  }
  const [w, h] = columns ? [image.height, image.width] : [image.width, image.height];
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys), count: xs.length, width: Math.ceil(w / step), height: Math.ceil(h / step) };
}

function sharpness(points: Points, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const margin = Math.ceil(points.width * Math.abs(slope)) + 2;
  const bins = new Int32Array(points.height + 2 * margin);
  for (let i = 0; i < points.count; i++) bins[Math.round(points.ys[i]! - points.xs[i]! * slope) + margin]!++;
  let sum = 0;
  for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
  return sum;
}

function bestAngle(points: Points, from: number, to: number, step: number): { degrees: number; score: number } {
  let best = { degrees: 0, score: -1 };
  for (let d = from; d <= to + 1e-9; d += step) {
    const score = sharpness(points, d);
    if (score > best.score) best = { degrees: d, score };
  }
  return best;
}

/** The skew of lines running across (`rows`) or down (`columns`) the page. */
export function estimateSkew(image: GrayImage, mask: Uint8Array, axis: 'rows' | 'columns' = 'rows'): Skew {
  const points = samplePoints(image, mask, axis === 'columns');
  if (points.count < 100) return { degrees: 0, gain: 1, score: 0 };
  const coarse = bestAngle(points, -MAX_DEGREES, MAX_DEGREES, 0.1);
  const fine = bestAngle(points, coarse.degrees - 0.1, coarse.degrees + 0.1, 0.02);
  const straight = sharpness(points, 0);
  const degrees = Math.round(fine.degrees * 100) / 100;
  return { degrees: Math.abs(degrees) < STRAIGHT ? 0 : degrees, gain: fine.score / Math.max(1, straight), score: fine.score / (points.count * points.count) };
}
