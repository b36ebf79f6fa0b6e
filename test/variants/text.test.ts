/** Template variants written as text (see run-format.ts and scripts/variants/). */
import { testFormat } from './run-format.js';

testFormat('text');
