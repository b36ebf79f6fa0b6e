/**
 * The appendix recogniser: document IR in, appendix rows out (stt, label, unit, value, note,
 * section, parent, position). Works the same on every adapter's output.
 */
import { message, type DocumentIR, type Message } from '../../parsers/ir.js';
import type { AppendixRow } from '../model.js';
import { buildHierarchy } from './hierarchy.js';
import { collectRawRows } from './raw-rows.js';

export interface Appendix {
  rows: AppendixRow[];
  /** Appendix tables found (pieces of one table cut at page breaks count once each). */
  tableCount: number;
  messages: Message[];
}

export function recogniseAppendix(doc: DocumentIR): Appendix {
  const raw = collectRawRows(doc);
  const { rows, messages } = buildHierarchy(raw.rows);
  const all = [...raw.messages, ...messages];
  if (raw.tableCount === 0) {
    all.push(message('warning', 'appendix/not-found', 'no statistical appendix table (STT | Chỉ tiêu | Đơn vị tính | Số liệu) was found; the document is imported with no figures'));
  }
  return { rows, tableCount: raw.tableCount, messages: all };
}
