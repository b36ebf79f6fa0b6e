/**
 * Made-up figures for the extra value columns (plan, ratio, previous period or year). They differ
 * from the source's figure wherever the source prints a plain number, so a figure read from the
 * wrong column shows as wrong; the source's figure itself is never changed.
 */
import type { Rng } from './rng.js';

export interface ExtraValues {
  plan: string;
  ratio: string;
  previous: string;
}

interface Reading {
  value: number;
  decimals: number;
  comma: boolean;
  percent: boolean;
  thousands: boolean;
}

/** Plain numbers only ("12", "02", "2.028", "98,5%", "100.00"); anything else is not made up from. */
function readPlain(raw: string): Reading | null {
  const text = raw.replace(/<[^>]*>/g, '').trim();
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1).trim() : text;
  if (/^\d{1,3}(\.\d{3})+$/.test(body)) return { value: Number(body.replace(/\./g, '')), decimals: 0, comma: false, percent, thousands: true };
  const m = body.match(/^(\d+)(?:([.,])(\d+))?$/);
  if (!m) return null;
  const decimals = m[3]?.length ?? 0;
  return { value: Number(`${m[1]}.${m[3] ?? '0'}`), decimals, comma: m[2] === ',', percent, thousands: false };
}

function print(value: number, like: Reading): string {
  let text = value.toFixed(like.decimals);
  if (like.comma) text = text.replace('.', ',');
  if (like.thousands) text = Math.round(value).toLocaleString('de-DE');
  return like.percent ? `${text}%` : text;
}

function vi(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

export function madeUpValues(raw: string, rng: Rng): ExtraValues {
  const plain = raw.replace(/<[^>]*>/g, '').trim();
  if (plain === '') return { plan: String(rng.int(1, 12)), ratio: '', previous: rng.next() < 0.5 ? String(rng.int(1, 12)) : '' };
  const reading = readPlain(raw);
  if (!reading) return { plan: '-', ratio: '-', previous: plain === 'Có' ? 'Không' : '-' };
  const v = reading.value;
  const step = reading.decimals > 0 ? rng.int(11, 49) / 10 : rng.int(1, 5);
  const isShare = reading.percent || (reading.decimals > 0 && v <= 100);
  const plan = isShare ? (v >= 100 ? 95 : 100) : v + step;
  const previous = v - step >= 0 ? v - step : v + step;
  return {
    plan: print(plan, reading),
    ratio: plan === 0 ? '' : vi((v / plan) * 100, 1),
    previous: print(previous, reading),
  };
}
