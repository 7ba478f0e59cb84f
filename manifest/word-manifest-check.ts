// Offline checks of the Word add-in (XML) manifest. Microsoft's validator (office-addin-manifest
// validate) calls a web service, so the rules that matter for our manifest are encoded here from
// the published schema (TaskPaneApp, OfficeApp 1.1 and VersionOverrides 1.0, see
// https://learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests): well-formed XML, the
// required top-level elements in schema order, GUID id, four-part version, resource ids that
// resolve, string lengths, and every URL on HTTPS on our host.
import { SaxesParser } from 'saxes';

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ position: true });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '', line: 0 };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: '',
      line: parser.line,
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

/** The top-level sequence of OfficeApp for a TaskPaneApp (optional ones marked). */
const TOP_LEVEL: { name: string; optional?: boolean }[] = [
  { name: 'Id' },
  { name: 'Version' },
  { name: 'ProviderName' },
  { name: 'DefaultLocale' },
  { name: 'DisplayName' },
  { name: 'Description' },
  { name: 'IconUrl', optional: true },
  { name: 'HighResolutionIconUrl', optional: true },
  { name: 'SupportUrl', optional: true },
  { name: 'AppDomains', optional: true },
  { name: 'Hosts', optional: true },
  { name: 'Requirements', optional: true },
  { name: 'DefaultSettings' },
  { name: 'Permissions' },
  { name: 'VersionOverrides', optional: true },
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function walk(node: XmlNode, visit: (n: XmlNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

/** Problems found in the manifest, each naming the element (and line); empty when it is fine. */
export function checkWordManifest(xml: string, publicHostname: string): string[] {
  let root: XmlNode;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`geen geldige XML: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (root.name !== 'OfficeApp') problems.push(`het hoofdelement is ${root.name}, niet OfficeApp`);
  if (root.attributes['xsi:type'] !== 'TaskPaneApp')
    problems.push('OfficeApp xsi:type moet TaskPaneApp zijn');

  // Required elements, in order.
  let at = 0;
  for (const child of root.children) {
    const index = TOP_LEVEL.findIndex((e, i) => i >= at && e.name === child.name);
    if (index < 0) {
      problems.push(`${child.name} (regel ${child.line}) staat niet op zijn plaats of is onbekend`);
      continue;
    }
    for (const skipped of TOP_LEVEL.slice(at, index)) {
      if (!skipped.optional) problems.push(`${skipped.name} ontbreekt vóór ${child.name}`);
    }
    at = index + 1;
  }
  for (const rest of TOP_LEVEL.slice(at)) if (!rest.optional) problems.push(`${rest.name} ontbreekt`);

  const byName = (name: string) => root.children.find((c) => c.name === name);
  const id = byName('Id')?.text.trim() ?? '';
  if (!GUID.test(id)) problems.push(`Id "${id}" is geen GUID`);
  const version = byName('Version')?.text.trim() ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version))
    problems.push(`Version "${version}" moet vier getallen zijn (1.0.0.0)`);

  // Resource ids must resolve; strings within their length limits.
  const resources = new Map<string, XmlNode>();
  walk(root, (n) => {
    if (n.attributes.id && /^bt:(Image|Url|String)$/.test(n.name)) resources.set(n.attributes.id, n);
  });
  walk(root, (n) => {
    const resid = n.attributes.resid;
    if (resid !== undefined && !resources.has(resid))
      problems.push(`${n.name} (regel ${n.line}) verwijst naar onbekende resid "${resid}"`);
    if (resid !== undefined && resid.length > 32) problems.push(`resid "${resid}" is langer dan 32 tekens`);
  });
  for (const [group, limit] of [
    ['bt:ShortStrings', 125],
    ['bt:LongStrings', 250],
  ] as const) {
    walk(root, (n) => {
      if (n.name !== group) return;
      for (const s of n.children) {
        if ((s.attributes.DefaultValue ?? '').length > limit) {
          problems.push(`${group} ${s.attributes.id} is langer dan ${limit} tekens`);
        }
      }
    });
  }

  // Every URL on HTTPS on our host.
  walk(root, (n) => {
    const values = [
      n.attributes.DefaultValue,
      n.name === 'AppDomain' || n.name === 'Resource' ? n.text.trim() : undefined,
    ];
    for (const value of values) {
      if (!value || !/^[a-z]+:\/\//i.test(value)) continue;
      const url = new URL(value);
      const okScheme = n.name === 'Resource' ? url.protocol === 'api:' : url.protocol === 'https:';
      if (!okScheme || url.host !== publicHostname) {
        problems.push(`${n.name} (regel ${n.line}): ${value} ligt niet op https://${publicHostname}`);
      }
    }
  });
  return problems;
}
