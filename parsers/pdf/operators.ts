/**
 * Ruling lines from a page's operator list (pdf.js 5, `page.getOperatorList()`).
 *
 * pdf.js 5 hands paths over as `constructPath` ops whose arguments are
 * `[paintOp, [Float32Array | null], minMax]`: the path is a flat list of DrawOPS codes
 * (moveTo 0 x y, lineTo 1 x y, curveTo 2 x1 y1 x2 y2 x y, quadraticCurveTo 3 …, closePath 4),
 * a rectangle `re` already turned into moveTo/lineTo/closePath, in user space: the current
 * transform is not applied (see `buildPath` and the `constructPath` case of
 * `PartialEvaluator.getOperatorList` in pdf.worker.mjs), so it is tracked here through
 * save/restore/transform and form XObjects. Stroked straight segments are rules; so are filled
 * rectangles thin in one direction (how Word draws cell borders). White paint draws nothing.
 */
import type { Rule } from '../positioned/types.js';

type Matrix = [number, number, number, number, number, number];

/** The op numbers used here (pdfjs `OPS`), passed in so this module needs no pdf.js import. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;
/** A filled rectangle thinner than this (points) is a line. */
const THIN = 3;
const WHITE = '#ffffff';

/** `m1 · m2` in the canvas convention pdf.js uses (`Util.transform`). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** Subpaths of a DrawOPS buffer as point lists; `closed` when they end with closePath. */
function subpaths(path: ArrayLike<number>): Array<{ points: Array<[number, number]>; closed: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean }> = [];
  let current: Array<[number, number]> | null = null;
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE_TO) {
      current = [[path[i]!, path[i + 1]!]];
      out.push({ points: current, closed: false });
      i += 2;
    } else if (op === LINE_TO) {
      current?.push([path[i]!, path[i + 1]!]);
      i += 2;
    } else if (op === CURVE_TO) {
      // A curve is no ruling line: start a fresh subpath at its end point.
      current = [[path[i + 4]!, path[i + 5]!]];
      out.push({ points: current, closed: false });
      i += 6;
    } else if (op === QUADRATIC_CURVE_TO) {
      current = [[path[i + 2]!, path[i + 3]!]];
      out.push({ points: current, closed: false });
      i += 4;
    } else if (op === CLOSE_PATH) {
      if (out.length > 0) out[out.length - 1]!.closed = true;
    } else {
      break;
    }
  }
  return out;
}

function rule(x1: number, y1: number, x2: number, y2: number): Rule {
  return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
}

function strokedRules(points: Array<[number, number]>, closed: boolean, out: Rule[]): void {
  const ring = closed && points.length > 2 ? [...points, points[0]!] : points;
  for (let k = 1; k < ring.length; k++) {
    const [ax, ay] = ring[k - 1]!;
    const [bx, by] = ring[k]!;
    if (Math.abs(ax - bx) < 0.5 || Math.abs(ay - by) < 0.5) out.push(rule(ax, ay, bx, by));
  }
}

function filledRule(points: Array<[number, number]>, out: Rule[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const y1 = Math.min(...ys);
  const y2 = Math.max(...ys);
  if (y2 - y1 <= THIN && x2 - x1 > THIN) out.push(rule(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2));
  else if (x2 - x1 <= THIN && y2 - y1 > THIN) out.push(rule((x1 + x2) / 2, y1, (x1 + x2) / 2, y2));
}

/**
 * Rules of one page in viewport coordinates (`viewport.transform` maps user space to them:
 * y grows downwards from the top of the page).
 */
export function rulesFromOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, viewport: readonly number[]): Rule[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const out: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let strokeColor = '#000000';
  let fillColor = '#000000';
  const stack: Array<[Matrix, string, string]> = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push([ctm, strokeColor, fillColor]);
    else if (fn === ops.restore) [ctm, strokeColor, fillColor] = stack.pop() ?? [ctm, strokeColor, fillColor];
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push([ctm, strokeColor, fillColor]);
      const matrix = args?.[0] as ArrayLike<number> | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) [ctm, strokeColor, fillColor] = stack.pop() ?? [ctm, strokeColor, fillColor];
    else if (fn === ops.setStrokeRGBColor && typeof args?.[0] === 'string') strokeColor = args[0].toLowerCase();
    else if (fn === ops.setFillRGBColor && typeof args?.[0] === 'string') fillColor = args[0].toLowerCase();
    else if (fn === ops.constructPath && args && typeof args[0] === 'number') {
      const paint = args[0];
      const path = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!path) continue;
      const stroked = strokes.has(paint) && strokeColor !== WHITE;
      const filled = fills.has(paint) && fillColor !== WHITE;
      if (!stroked && !filled) continue;
      const toPage = multiply(viewport, ctm);
      for (const sub of subpaths(path)) {
        const points = sub.points.map(([x, y]) => apply(toPage, x, y));
        if (stroked) strokedRules(points, sub.closed, out);
        if (filled && points.length >= 3) filledRule(points, out);
      }
    }
  }
  return out;
}
