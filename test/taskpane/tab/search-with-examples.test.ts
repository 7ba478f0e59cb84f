// The tab's search loads the example questions on first use and ranks with them from then on;
// the list and the first results never wait for them, and a failed load leaves search working.
import type { ExampleSource } from '../../../shared/ask/example-index';
import { allExamples } from '../../../shared/catalogue/examples';
import { createAgreementSearch } from '../../../taskpane/tab/search-with-examples';
import { effective } from '../../shared/ask/org';

const org = effective();
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the tab search with example questions', () => {
  it('starts loading on the first typed query, not on an empty one, and loads once', async () => {
    const load = jest.fn(async (): Promise<ExampleSource> => allExamples());
    const search = createAgreementSearch(load);
    expect(search('', org, 5)).toEqual([]);
    expect(load).not.toHaveBeenCalled();
    search('persbericht', org, 5);
    search('persbericht versturen', org, 5);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ranks with the examples once they have arrived', async () => {
    const search = createAgreementSearch(async () => allExamples());
    const query = 'mag ik dat zelf naar de gazet doorsturen';
    const before = search(query, org, 5);
    await flush();
    const after = search(query, org, 5);
    expect(after).not.toEqual(before);
    expect(after[0].number).toBe(45);
  });

  it('keeps searching on the agreements own words when the examples cannot be loaded', async () => {
    const search = createAgreementSearch(() => Promise.reject(new Error('offline')));
    const first = search('persbericht versturen', org, 5);
    await flush();
    expect(search('persbericht versturen', org, 5)).toEqual(first);
    expect(first[0].number).toBe(45);
  });
});
