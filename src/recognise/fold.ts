/**
 * Kept only for src/recognise/header.ts, which is being rewritten to read
 * common/vietnamese-text.ts directly; everything else imports the folds from there.
 */
export { asciiFold, foldText } from '../../common/vietnamese-text.js';
