// Every piece of text in a TypeScript source that could reach a user, for the je-form tests of
// agreement 22 (Teams tab and packaging messages).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** A formal address word (u, uw, uzelf, uwe) as a word of its own. */
export const U_FORM = /(?<![\p{L}\d-])(u|uw|uzelf|uwe)(?![\p{L}\d-])/iu;

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every piece of text in a source file that could reach a user. */
export function visibleStrings(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && !ts.isImportDeclaration(node.parent)) found.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      found.push(node.text);
    else if (ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
