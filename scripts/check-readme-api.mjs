// Checks that README.md's attribute, event and styling lists agree with custom-elements.json
// (what `npm run analyze` makes of the JSDoc). Run it directly
// (`node scripts/check-readme-api.mjs`) or through `npm run test:node`
// (test/node/readme-api.test.mjs).
//
// For every element section of the README (`## \`<kpi-…>\``):
// - each row of its attribute table (header `attribute | property | …`) names
//   attributes in its first cell and their properties in its second (`same`:
//   the same names); every name must be a manifest attribute of that tag with
//   that `fieldName`;
// - a row whose last cell starts with "as for every element" (the shared
//   `data`, `src`, `refresh`, `timeout`, `lang`, `theme` row) may leave the
//   property cell empty: the properties are the attribute names;
// - every manifest attribute must be in some row;
// - the event table (header `event | …`) must list exactly the manifest's events;
// - the `::part()` names (the sentence "`::part()` names: …") and the `--kpi-*`
//   custom properties named anywhere in the section must be exactly the
//   manifest's cssParts and cssProperties (@csspart, @cssprop).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = /^as for every element/i;

/** Cells of one markdown table row; `\|` stays inside a cell. */
function cells(line) {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

const names = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The tables of a piece of markdown: `{ header: string[], rows: { cells, line }[] }`. */
function tables(text, firstLine) {
  const out = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || !/^\|[\s:|-]+\|?\s*$/.test(lines[i + 1] ?? '')) continue;
    const table = { header: cells(lines[i]).map((c) => c.toLowerCase()), rows: [] };
    let j = i + 2;
    for (; j < lines.length && lines[j].startsWith('|'); j++) table.rows.push({ cells: cells(lines[j]), line: firstLine + j });
    out.push(table);
    i = j;
  }
  return out;
}

/** Element sections of the README: tag → { text, line } (line: 1-based line of the heading). */
export function readmeSections(readme) {
  const sections = new Map();
  const lines = readme.split('\n');
  let current;
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) {
      const tag = /^## `<(kpi-[a-z0-9-]+)>`\s*$/.exec(line)?.[1];
      current = tag ? { tag, line: i + 1, lines: [] } : undefined;
      if (current) sections.set(tag, current);
    } else if (current) current.lines.push(line);
  });
  return new Map([...sections].map(([tag, s]) => [tag, { text: s.lines.join('\n'), line: s.line }]));
}

/** Element declarations of the manifest: tag → { attributes: Map(name → fieldName), events: Set }. */
export function manifestElements(manifest) {
  const out = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      out.set(d.tagName, {
        attributes: new Map((d.attributes ?? []).map((a) => [a.name, a.fieldName ?? a.name])),
        events: new Set((d.events ?? []).map((e) => e.name).filter(Boolean)),
        parts: new Set((d.cssParts ?? []).map((p) => p.name)),
        cssProperties: new Set((d.cssProperties ?? []).map((p) => p.name)),
      });
    }
  }
  return out;
}

/** Every disagreement between the README and the manifest, as sentences (empty: they agree). */
export function checkReadmeApi(readme, manifest) {
  const problems = [];
  const sections = readmeSections(readme);
  const elements = manifestElements(manifest);

  for (const tag of elements.keys()) if (!sections.has(tag)) problems.push(`README.md has no section "## \`<${tag}>\`" for an element of custom-elements.json`);
  for (const [tag, { line }] of sections) if (!elements.has(tag)) problems.push(`README.md:${line}: <${tag}> is not in custom-elements.json`);

  for (const [tag, section] of sections) {
    const el = elements.get(tag);
    if (!el) continue;
    const all = tables(section.text, section.line + 1);
    const attrTables = all.filter((t) => t.header[0] === 'attribute');
    const eventTables = all.filter((t) => t.header[0] === 'event');

    // Attributes and properties.
    if (attrTables.length !== 1) problems.push(`<${tag}>: expected one attribute table in its README section, found ${attrTables.length}`);
    const documented = new Map(); // attribute → README line
    for (const t of attrTables) {
      const propCol = t.header.indexOf('property');
      if (propCol !== 1) problems.push(`<${tag}>: the attribute table's second column should be "property"`);
      for (const { cells: row, line } of t.rows) {
        const attrs = names(row[0]);
        const shared = SHARED.test(row.at(-1) ?? '');
        const propCell = row[1] ?? '';
        let props;
        if (/^same$/i.test(propCell) || (propCell === '' && shared)) props = attrs;
        else props = names(propCell);
        if (attrs.length === 0) problems.push(`README.md:${line}: <${tag}>: a row without an attribute name`);
        if (props.length !== attrs.length) {
          problems.push(`README.md:${line}: <${tag}>: ${attrs.length} attribute(s) but ${props.length} propert${props.length === 1 ? 'y' : 'ies'} (${attrs.join(', ')} / ${props.join(', ') || '—'})`);
          continue;
        }
        attrs.forEach((attr, k) => {
          if (documented.has(attr)) problems.push(`README.md:${line}: <${tag}>: attribute \`${attr}\` documented twice (also line ${documented.get(attr)})`);
          documented.set(attr, line);
          if (!el.attributes.has(attr)) problems.push(`README.md:${line}: <${tag}>: attribute \`${attr}\` is not in custom-elements.json`);
          else if (el.attributes.get(attr) !== props[k]) problems.push(`README.md:${line}: <${tag}>: attribute \`${attr}\` has property \`${el.attributes.get(attr)}\` in custom-elements.json, not \`${props[k]}\``);
        });
      }
    }
    for (const attr of el.attributes.keys()) if (!documented.has(attr)) problems.push(`README.md:${section.line}: <${tag}>: attribute \`${attr}\` (property \`${el.attributes.get(attr)}\`) is in custom-elements.json but not in the README's attribute table`);

    // Events.
    if (el.events.size > 0 && eventTables.length !== 1) problems.push(`<${tag}>: expected one event table in its README section, found ${eventTables.length}`);
    const events = new Map();
    for (const t of eventTables) {
      for (const { cells: row, line } of t.rows) {
        const [name] = names(row[0]);
        if (!name) {
          problems.push(`README.md:${line}: <${tag}>: an event row without an event name`);
          continue;
        }
        if (events.has(name)) problems.push(`README.md:${line}: <${tag}>: event \`${name}\` documented twice`);
        events.set(name, line);
        if (!el.events.has(name)) problems.push(`README.md:${line}: <${tag}>: event \`${name}\` is not in custom-elements.json (no @fires)`);
      }
    }
    for (const name of el.events) if (!events.has(name)) problems.push(`README.md:${section.line}: <${tag}>: event \`${name}\` is in custom-elements.json but not in the README's event table`);

    // Styling: ::part() names and --kpi-* custom properties.
    const partSentences = [...section.text.matchAll(/`::part\(\)` names:([^.]*)\./g)];
    if (partSentences.length !== 1) problems.push(`<${tag}>: expected one "\`::part()\` names: …." sentence in its README section, found ${partSentences.length}`);
    const parts = new Set(partSentences.flatMap((m) => names(m[1])));
    for (const p of parts) if (!el.parts.has(p)) problems.push(`README.md:${section.line}: <${tag}>: part \`${p}\` is not in custom-elements.json (no @csspart)`);
    for (const p of el.parts) if (!parts.has(p)) problems.push(`README.md:${section.line}: <${tag}>: part \`${p}\` is in custom-elements.json but not in the README's \`::part()\` names`);
    const props = new Set([...section.text.matchAll(/`(--kpi-[a-z0-9-]*[a-z0-9])`/g)].map((m) => m[1]));
    for (const p of props) if (!el.cssProperties.has(p)) problems.push(`README.md:${section.line}: <${tag}>: custom property \`${p}\` is not in custom-elements.json (no @cssprop)`);
    for (const p of el.cssProperties) if (!props.has(p)) problems.push(`README.md:${section.line}: <${tag}>: custom property \`${p}\` is in custom-elements.json but not in the README section`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const problems = checkReadmeApi(readme, manifest);
  if (problems.length) {
    console.error(`README.md disagrees with custom-elements.json:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('README.md attributes, events, parts and custom properties agree with custom-elements.json.');
}
