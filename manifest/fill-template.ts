// Fills ${NAME} placeholders in the manifest templates. An unknown placeholder or a template that
// does not parse stops packaging with the template's name and the field (JSON path) or line.

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    /** JSON path ("bots[0].botId") or "regel N" where the problem is. */
    readonly field: string,
    message: string,
  ) {
    super(`${template}, ${field}: ${message}`);
    this.name = 'TemplateError';
  }
}

const PLACEHOLDER = /\$\{([^}]*)\}/g;

function fillString(
  text: string,
  values: Record<string, string>,
  onUnknown: (name: string) => never,
): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) onUnknown(name);
    return value;
  });
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

function fillValue(value: unknown, path: string, template: string, values: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return fillString(value, values, (name) => {
      throw new TemplateError(template, path || '(root)', `onbekende plaatshouder \${${name}}`);
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => fillValue(item, pathOf(path, i), template, values));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillValue(item, pathOf(path, key), template, values)]),
    );
  }
  return value;
}

/** Parses a JSON template and fills every string in it. */
export function fillJsonTemplate(template: string, text: string, values: Record<string, string>): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(template, '(JSON)', `geen geldige JSON: ${(error as Error).message}`);
  }
  return fillValue(parsed, '', template, values);
}

function escapeXml(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** Fills an XML template; values are escaped, an unknown placeholder is reported with its line. */
export function fillXmlTemplate(template: string, text: string, values: Record<string, string>): string {
  return text
    .split('\n')
    .map((line, i) =>
      fillString(
        line,
        Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeXml(v)])),
        (name) => {
          throw new TemplateError(template, `regel ${i + 1}`, `onbekende plaatshouder \${${name}}`);
        },
      ),
    )
    .join('\n');
}
