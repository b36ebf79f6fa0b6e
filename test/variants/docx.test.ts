/** Template variants written as docx (see run-format.ts and scripts/variants/). */
import { testFormat } from './run-format.js';

testFormat('docx');
