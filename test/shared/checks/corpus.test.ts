// Keeps the checker's accuracy on the labelled corpus from falling (issue 6 targets).
import { corpusFiles, evaluateCorpus } from '../../../bench/check-accuracy';
import { loadEffectiveOrganisation } from '../../../cli/organisation-file';

describe('check corpus', () => {
  it('holds at least 25 labelled documents (part A alone; 39 with part B), a third of them clean', async () => {
    const report = await evaluateCorpus(loadEffectiveOrganisation());
    expect(corpusFiles().length).toBeGreaterThanOrEqual(25);
    expect(report.cleanDocuments * 3).toBeGreaterThanOrEqual(report.documents);
  });

  it('reaches recall and precision of 90 % per family and no error on a clean document', async () => {
    const report = await evaluateCorpus(loadEffectiveOrganisation());
    for (const [family, s] of Object.entries(report.families)) {
      expect({ family, precision: s.precision >= 0.9, recall: s.recall >= 0.9 }).toEqual({
        family,
        precision: true,
        recall: true,
      });
    }
    expect(report.errorsOnClean).toBe(0);
    expect(report.typeAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
