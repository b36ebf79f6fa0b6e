/**
 * DOCX adapter: `(bytes, file) => DocumentIR` for WordprocessingML packages (ECMA-376 Part 1).
 *
 * Reads `word/document.xml` (found through the package relationships) with its own XML scanner
 * rather than through mammoth: mammoth's document model drops the cells that continue a
 * vertical merge, ignores gridBefore/gridAfter and bold that comes from paragraph styles, all of
 * which decide which column a figure of the statistics table is in. The reader follows mammoth's
 * style all the same: small readers, keep going past what is not understood, messages instead of
 * exceptions. Only a file that cannot be read at all throws an `UnreadableFileError`:
 * `docx/not-a-zip`, `docx/zip-too-large`, `docx/zip-corrupt`, `docx/not-word`.
 */
import { sha256Hex } from '../../common/hash.js';
import { UnreadableFileError, type DocumentIR, type ReadOptions } from '../ir.js';
import { readBody } from './body.js';
import { newContext, report } from './context.js';
import { relatedPart } from './package.js';
import { readNumbering } from './numbering.js';
import { readStyles } from './styles.js';
import { firstChild, parseXml, type XmlElement } from './xml.js';
import { openZip, type ZipLimits, type ZipPackage } from './zip.js';

const DEFAULT_MAIN_PART = 'word/document.xml';
/** Scanner problems reported per part; past that the part is garbage and one more line says so. */
const MAX_XML_PROBLEMS = 5;

/** XML parts are UTF-8 or UTF-16 with a byte order mark (XML 1.0 §4.3.3). */
function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** What a ZIP holds when its main part is not WordprocessingML, told by the part's folder (ECMA-376 Part 1 §11–13). */
const OTHER_PACKAGES: [RegExp, string][] = [
  [/^xl\//, 'an Excel workbook'],
  [/^ppt\//, 'a PowerPoint presentation'],
];

function notWord(file: string, why: string, mainPart?: string): UnreadableFileError {
  const other = OTHER_PACKAGES.find(([folder]) => mainPart !== undefined && folder.test(mainPart))?.[1];
  const message = other
    ? `is ${other} (${mainPart}) named like a Word file, not a Word document: import the report itself; a table kept in Excel can be pasted into a Word document first`
    : `is a ZIP archive but not a Word document (${why}): check that it is the .docx report and not another file renamed to .docx`;
  return new UnreadableFileError('docx/not-word', message, file);
}

/** A part other than the main one, parsed; a part the package lacks is undefined, not an error. */
async function readPart(zip: ZipPackage, part: string, problems: string[]): Promise<XmlElement | undefined> {
  const bytes = await zip.read(part);
  if (!bytes) return undefined;
  const parsed = parseXml(decodeXml(bytes));
  problems.push(...parsed.problems.map((p) => `${part}: ${p}`));
  return parsed.root;
}

export interface ReadDocxOptions extends ReadOptions {
  zipLimits?: ZipLimits;
}

export async function readDocx(bytes: Uint8Array, file: string, options: ReadDocxOptions = {}): Promise<DocumentIR> {
  const sha256 = options.sha256 ?? sha256Hex(bytes);
  const zip = await openZip(bytes, file, options.zipLimits);
  try {
    const mainPart = (await relatedPart(zip, '', 'officeDocument')) ?? DEFAULT_MAIN_PART;
    const documentBytes = (await zip.read(mainPart)) ?? (await zip.read(DEFAULT_MAIN_PART));
    if (!documentBytes) throw notWord(file, `no ${DEFAULT_MAIN_PART}`);
    const parsed = parseXml(decodeXml(documentBytes));
    const body = firstChild(firstChild(parsed.root, 'w:document'), 'w:body');
    if (!body) throw notWord(file, `${mainPart} has no w:document/w:body`, mainPart);
    const problems = parsed.problems.map((p) => `${mainPart}: ${p}`);
    const stylesRoot = await readPart(zip, (await relatedPart(zip, mainPart, 'styles')) ?? 'word/styles.xml', problems);
    const numberingRoot = await readPart(zip, (await relatedPart(zip, mainPart, 'numbering')) ?? 'word/numbering.xml', problems);

    const context = newContext(file, readStyles(stylesRoot), readNumbering(numberingRoot));
    for (const problem of problems.slice(0, MAX_XML_PROBLEMS)) report(context, 'warning', 'docx/xml-malformed', problem);
    if (problems.length > MAX_XML_PROBLEMS) report(context, 'warning', 'docx/xml-malformed', `${problems.length - MAX_XML_PROBLEMS} more XML problems`);
    const blocks = readBody(body, context);
    const conversions = [...context.legacy.conversions];
    return { file, sha256, format: 'docx', blocks, messages: context.messages, info: conversions.length > 0 ? { conversions } : {} };
  } finally {
    zip.close();
  }
}
