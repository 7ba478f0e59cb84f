// Agreement 22: public-facing channels speak to the reader with je, and so does Afspraak itself
// (bot, task pane, Teams tab). This reads every string the Teams tab can show, as TypeScript
// sees them (string literals, template text, JSX text), and fails on any formal u-form.
import fs from 'node:fs';
import path from 'node:path';
import { sourceFiles, U_FORM, visibleStrings } from './visible-strings';

describe('Teams tab speaks with je (agreement 22)', () => {
  const root = path.join(__dirname, '../../../taskpane/tab');

  it('finds the strings it checks', () => {
    const all = sourceFiles(root).flatMap(visibleStrings);
    expect(all.some((s) => s.includes('Je behandelt deze persvraag nu'))).toBe(true);
  });

  it.each(sourceFiles(path.join(__dirname, '../../../taskpane/tab')).map((f) => [path.relative(root, f), f]))(
    '%s has no u-form',
    (_name, file) => {
      const formal = visibleStrings(file).filter((s) => U_FORM.test(s));
      expect(formal).toEqual([]);
    },
  );

  it('the index page has no u-form either', () => {
    const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8').replace(/<[^>]*>/g, ' ');
    expect(html).not.toMatch(U_FORM);
  });

  it('the check itself catches the old wording', () => {
    expect('met wie wat mag en wie u betrekt').toMatch(U_FORM);
    expect('Stel uw vraag').toMatch(U_FORM);
    expect('Lokale gebruiker (u)').toMatch(U_FORM);
    expect('Je vindt ze onder "Van mij"').not.toMatch(U_FORM);
  });
});
