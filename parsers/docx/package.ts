/**
 * Finding parts through relationships (ECMA-376 Part 2, Open Packaging Conventions §9.3): the
 * package's `_rels/.rels` names the main document, whose own `.rels` names its styles. Producers
 * other than Word do not always use `word/document.xml`, so the name is looked up, not assumed.
 */
import { childElements, firstChild, parseXml } from './xml.js';
import type { ZipPackage } from './zip.js';

/** `_rels/.rels` for the package, `word/_rels/document.xml.rels` for `word/document.xml`. */
function relationshipsPart(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** Resolves a relative target against the folder of its source part (§9.3.3). */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/**
 * The target of the first internal relationship of `source` whose type ends with `/typeName`
 * (transitional and strict relationship types differ only before that).
 */
export async function relatedPart(zip: ZipPackage, source: string, typeName: string): Promise<string | undefined> {
  const rels = await zip.read(relationshipsPart(source));
  if (!rels) return undefined;
  const root = firstChild(parseXml(rels.toString('utf8')).root, 'rel:Relationships');
  for (const rel of root ? childElements(root) : []) {
    const { Type: type = '', Target: target, TargetMode: mode } = rel.attributes;
    if (target && mode !== 'External' && type.endsWith(`/${typeName}`)) return resolveTarget(source, target);
  }
  return undefined;
}
