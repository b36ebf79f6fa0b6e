/**
 * The variant plan: every seed in each format once as printed (the baselines), then 80 text, 70
 * DOCX and 60 PDF variants whose dimensions are drawn from balanced, shuffled cycles of a seeded
 * RNG, so each dimension value occurs several times in each format and the plan is the same on
 * every run.
 */
import { seededRng, type Rng } from './rng.js';
import type { VariantFormat, VariantSpec } from './spec.js';
import { STT_SCHEMES } from './stt.js';
import { EXTRA_WORDINGS, GROUP_WORDINGS, ROLE_WORDINGS, type CaptionCase } from './wordings.js';
import { SEED_PREFIXES } from './expected.js';

export const VARIANTS_PER_FORMAT: Record<VariantFormat, number> = { text: 80, docx: 70, pdf: 60 };

/** `n` values: `values` repeated and shuffled, so each comes ⌊n / |values|⌋ times or one more. */
function cycle<T>(values: readonly T[], n: number, rng: Rng): T[] {
  const out: T[] = [];
  while (out.length < n) out.push(...rng.shuffle(values));
  return out.slice(0, n);
}

function baseline(seed: string, format: VariantFormat): VariantSpec {
  return {
    name: `${format}-${seed}-baseline`,
    seed,
    format,
    captions: { stt: 'STT', label: 'Chỉ tiêu thống kê', unit: 'Đơn vị tính', value: 'Số liệu', note: 'Ghi chú' },
    extraCaptions: [],
    groupCaptions: ['Kết quả thống kê', 'Số liệu thống kê'],
    captionCase: 'as-listed',
    group: 1,
    numberingRow: 'none',
    order: 'standard',
    extras: 'none',
    stt: 'source',
    split: 'pages',
    landscape: false,
    rngSeed: 1,
  };
}

function formatPlan(format: VariantFormat, n: number, rng: Rng): VariantSpec[] {
  const seeds = cycle(SEED_PREFIXES, n, rng);
  const captions = Object.fromEntries(Object.entries(ROLE_WORDINGS).map(([role, list]) => [role, cycle(list, n, rng)])) as Record<keyof typeof ROLE_WORDINGS, string[]>;
  const cases = cycle<CaptionCase>(['as-listed', 'as-listed', 'upper', 'lower'], n, rng);
  const groups = cycle([0, 1, 2] as const, n, rng);
  const numbering = cycle(['none', 'paren', 'plain'] as const, n, rng);
  const orders = cycle(['standard', 'value-unit', 'note-first', 'no-stt', 'no-unit'] as const, n, rng);
  const extras = cycle(['none', 'plan', 'period', 'years'] as const, n, rng);
  const stts = cycle(STT_SCHEMES, n, rng);
  const splits = cycle(['none', 'pages', 'tables'] as const, n, rng);
  const landscape = format === 'text' ? Array<boolean>(n).fill(false) : cycle([false, false, true], n, rng);
  return Array.from({ length: n }, (_, i): VariantSpec => {
    const extra = extras[i]!;
    const extraCaptions = extra === 'plan' ? [rng.pick(EXTRA_WORDINGS.plan.plan), rng.pick(EXTRA_WORDINGS.plan.actual), rng.pick(EXTRA_WORDINGS.plan.ratio)]
      : extra === 'period' ? [rng.pick(EXTRA_WORDINGS.period.previous), rng.pick(EXTRA_WORDINGS.period.actual)]
      : [];
    return {
      name: `${format}-${seeds[i]}-${String(i + 1).padStart(3, '0')}`,
      seed: seeds[i]!,
      format,
      captions: { stt: captions.stt[i]!, label: captions.label[i]!, unit: captions.unit[i]!, value: captions.value[i]!, note: captions.note[i]! },
      extraCaptions,
      groupCaptions: [rng.pick(GROUP_WORDINGS.outer), rng.pick(GROUP_WORDINGS.inner)],
      captionCase: cases[i]!,
      group: groups[i]!,
      numberingRow: numbering[i]!,
      order: orders[i]!,
      extras: extra,
      stt: stts[i]!,
      split: splits[i]!,
      landscape: landscape[i]!,
      rngSeed: rng.int(1, 2 ** 31),
    };
  });
}

export function variantPlan(seed = 20241205): VariantSpec[] {
  const rng = seededRng(seed);
  const formats = Object.keys(VARIANTS_PER_FORMAT) as VariantFormat[];
  return [
    ...formats.flatMap((format) => SEED_PREFIXES.map((prefix) => baseline(prefix, format))),
    ...formats.flatMap((format) => formatPlan(format, VARIANTS_PER_FORMAT[format], rng)),
  ];
}
