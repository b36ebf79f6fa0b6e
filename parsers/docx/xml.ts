/**
 * A small, forgiving XML reader for the parts of a Word package: a scanner over the text that
 * builds a tree of plain elements. Names are resolved through their namespace declarations and
 * rewritten with the conventional prefix (`w:`, `mc:`, ...), so `<w:p>` is found whatever prefix
 * the producer chose and whether the file is transitional or strict OOXML (ECMA-376 Part 1 vs
 * ISO/IEC 29500 strict namespaces).
 *
 * Only the five predefined entities and character references are expanded; DTDs are skipped and
 * never expanded, so entity-expansion bombs do nothing. Malformed markup does not throw: the
 * scanner reports it, treats the stray `<` as text and keeps going (mammoth's "keep going" rule).
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlParseResult {
  root: XmlElement;
  /** Problems met while scanning, with the character offset where they were met. */
  problems: string[];
}

const CANONICAL_PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/** Start or empty-element tag at the scanner position; attribute values may hold `>`. */
const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

const END_TAG = /<\/([^\s>]+)\s*>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface OpenElement {
  element: XmlElement;
  rawName: string;
  /** Namespace bindings in scope (prefix → URI); '' is the default namespace. */
  scope: Map<string, string>;
  /** Canonical names already worked out under this scope (raw name → canonical). */
  names: Map<string, string>;
}

function canonicalName(rawName: string, scope: Map<string, string>, isAttribute: boolean): string {
  const colon = rawName.indexOf(':');
  const prefix = colon < 0 ? '' : rawName.slice(0, colon);
  const local = colon < 0 ? rawName : rawName.slice(colon + 1);
  // Unprefixed attributes are in no namespace (Namespaces in XML 1.0, §6.2).
  if (prefix === '' && isAttribute) return local;
  const uri = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
  if (uri === undefined) return rawName;
  const canonical = CANONICAL_PREFIXES[uri];
  return canonical ? `${canonical}:${local}` : local === rawName ? rawName : `{${uri}}${local}`;
}

/** Element and attribute names share one cache per scope; '@' marks an attribute. */
function cachedName(rawName: string, open: { scope: Map<string, string>; names: Map<string, string> }, isAttribute: boolean): string {
  const key = isAttribute ? `@${rawName}` : rawName;
  let name = open.names.get(key);
  if (name === undefined) {
    name = canonicalName(rawName, open.scope, isAttribute);
    open.names.set(key, name);
  }
  return name;
}

function openTag(rawName: string, rawAttributes: string, parent: OpenElement): OpenElement {
  const attributes: Record<string, string> = {};
  if (rawAttributes === '') {
    return { element: { name: cachedName(rawName, parent, false), attributes, children: [] }, rawName, scope: parent.scope, names: parent.names };
  }
  const pairs: [string, string][] = [];
  let scope = parent.scope;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(rawAttributes); m; m = ATTRIBUTE.exec(rawAttributes)) {
    const name = m[1]!;
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parent.scope) scope = new Map(scope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    } else {
      pairs.push([name, value]);
    }
  }
  const open = { scope, names: scope === parent.scope ? parent.names : new Map<string, string>() };
  for (const [name, value] of pairs) attributes[cachedName(name, open, true)] = value;
  return { element: { name: cachedName(rawName, open, false), attributes, children: [] }, rawName, ...open };
}

/** Scans `text` into a tree under a synthetic `#document` root. Measured hot loop: kept whole. */
export function parseXml(text: string): XmlParseResult {
  const problems: string[] = [];
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: OpenElement[] = [{ element: root, rawName: '#document', scope: new Map(), names: new Map() }];
  const top = () => stack[stack.length - 1]!;
  const addText = (s: string) => {
    if (s === '') return;
    const children = top().element.children;
    const last = children[children.length - 1];
    if (typeof last === 'string') children[children.length - 1] = last + s;
    else children.push(s);
  };
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      addText(decodeEntities(text.slice(pos)));
      break;
    }
    if (lt > pos) addText(decodeEntities(text.slice(pos, lt)));
    pos = lt;
    const next = text.charCodeAt(pos + 1);
    // Fast path first: most markup is a start tag (not '!' 0x21, '/' 0x2f or '?' 0x3f).
    if (next !== 0x21 && next !== 0x2f && next !== 0x3f) {
      START_TAG.lastIndex = pos;
      const m = START_TAG.exec(text);
      if (!m) {
        problems.push(`malformed tag at offset ${pos}`);
        addText('<');
        pos++;
        continue;
      }
      pos = START_TAG.lastIndex;
      const opened = openTag(m[1]!, m[2] ?? '', top());
      top().element.children.push(opened.element);
      if (m[3] !== '/') stack.push(opened);
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      pos = end < 0 ? text.length : end + 3;
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      pos = end < 0 ? text.length : end + 2;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos + 9);
      addText(text.slice(pos + 9, end < 0 ? text.length : end));
      pos = end < 0 ? text.length : end + 3;
    } else if (text.startsWith('<!', pos)) {
      // DOCTYPE and other declarations: skipped, internal subsets included, never expanded.
      const bracket = text.indexOf('[', pos);
      const close = text.indexOf('>', pos);
      const subsetEnd = bracket >= 0 && bracket < close ? /\]\s*>/g : undefined;
      if (subsetEnd) subsetEnd.lastIndex = bracket;
      const end = subsetEnd ? (subsetEnd.exec(text) ? subsetEnd.lastIndex : -1) : close + 1;
      pos = end <= 0 ? text.length : end;
    } else {
      // What is left is an end tag: '<!' and '<?' were taken above.
      END_TAG.lastIndex = pos;
      const m = END_TAG.exec(text);
      if (!m) {
        problems.push(`malformed end tag at offset ${pos}`);
        addText('<');
        pos++;
        continue;
      }
      pos = END_TAG.lastIndex;
      let at = stack.length - 1;
      while (at > 0 && stack[at]!.rawName !== m[1]) at--;
      if (at <= 0) {
        problems.push(`end tag </${m[1]}> without a start tag at offset ${m.index}`);
        continue;
      }
      if (at !== stack.length - 1) problems.push(`<${top().rawName}> not closed before </${m[1]}> at offset ${m.index}`);
      stack.length = at;
    }
  }
  if (stack.length > 1) problems.push(`${stack.length - 1} element(s) not closed at the end`);
  return { root, problems };
}

// --- Small helpers over the tree, in the spirit of mammoth's xml element API. ---

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (isElement(child) && child.name === name) return child;
  return undefined;
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c): c is XmlElement => isElement(c) && c.name === name) : [];
}

/** Text content of an element (its string children only). */
export function ownText(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/** ST_OnOff (§17.17.4): absent `w:val` means on. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}
