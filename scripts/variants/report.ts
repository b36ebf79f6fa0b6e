/**
 * Runs every template variant of the plan and prints the family × format table (recall, wrong,
 * missed, lost), then the wrong figures. Standalone, after `npx tsc -p tsconfig.json` (or as
 * `npm run variants -- [formats] [--wrong]`):
 *
 *   node dist/scripts/variants/report.js            all variants
 *   node dist/scripts/variants/report.js pdf docx   only these formats
 *   node dist/scripts/variants/report.js --wrong    also list every wrong figure
 *
 * Exit code 0 whatever the numbers: it reports, the test (test/variants/) asserts.
 */
import { loadCatalog } from '../../src/match/catalog.js';
import { variantPlan } from './plan.js';
import { runVariant, type VariantOutcome } from './run.js';
import { familyTable, timingLine, wrongList } from './summary.js';

async function main(args: string[]): Promise<void> {
  const formats = args.filter((a) => !a.startsWith('--'));
  const plan = variantPlan().filter((s) => formats.length === 0 || formats.includes(s.format));
  const catalog = loadCatalog();
  const outcomes: VariantOutcome[] = [];
  for (const spec of plan) {
    outcomes.push(await runVariant(spec, catalog));
    process.stderr.write(`\r${outcomes.length}/${plan.length} ${spec.name}      `);
  }
  process.stderr.write('\n');
  console.log(familyTable(outcomes));
  console.log(timingLine(outcomes));
  const below = outcomes.filter((o) => o.check.right < 0.98 * o.check.expected);
  console.log(`${outcomes.length} variants; ${below.length} below 98 % right; ${outcomes.reduce((a, o) => a + o.check.wrong.length, 0)} wrong figures; ${outcomes.reduce((a, o) => a + o.check.invisible.length, 0)} misses nothing points at`);
  for (const o of outcomes.filter((x) => x.error)) console.log(`${o.spec.name}: unreadable: ${o.error}`);
  if (args.includes('--wrong')) console.log(wrongList(outcomes, Infinity));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
