/**
 * Kept only for src/recognise/raw-rows.ts, which is being rewritten to read common/areas.ts
 * directly; the areas and their headings are data in mappings/template/areas.json.
 */
export { areaOfHeading, areaOfRoman } from '../../common/areas.js';
