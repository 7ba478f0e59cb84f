// Every one-click fix on the committed fixture documents, applied, equals the hand-reviewed list.
// A change that adds, drops or alters a fix shows here as a diff to review, not as a silent change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zilverbeek } from '../zilverbeek';
import { fixtureFixes } from './fixture-fixes';

const DIR = resolve(__dirname, '../../../fixtures/documents');

it('applies every fix on the fixture documents and gets the reviewed Dutch', async () => {
  const expected = JSON.parse(readFileSync(resolve(DIR, 'fixes.expected.json'), 'utf8')) as string[];
  expect(await fixtureFixes(DIR, zilverbeek())).toEqual(expected);
});

it('applies every fix on the fresh documents (sessions 4 and 5) and gets the reviewed Dutch', async () => {
  const fresh = resolve(__dirname, '../../../fixtures/fresh-documents');
  const expected = JSON.parse(readFileSync(resolve(fresh, 'fixes.expected.json'), 'utf8')) as string[];
  expect(await fixtureFixes(fresh, zilverbeek())).toEqual(expected);
});
