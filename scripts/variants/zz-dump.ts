import { writeFileSync } from 'node:fs';
import { variantPlan } from './plan.js';
import { buildVariant } from './build.js';
const names = process.argv.slice(2);
for (const spec of variantPlan().filter((s) => names.includes(s.name))) {
  const built = await buildVariant(spec);
  writeFileSync(`/tmp/dbg/${built.file}`, built.bytes);
  console.log(JSON.stringify(spec));
}
