/** Template variants written as pdf (see run-format.ts and scripts/variants/). */
import { testFormat } from './run-format.js';

testFormat('pdf');
