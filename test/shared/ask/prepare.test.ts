// prepareAsk builds the per-organisation indexes up front; answers stay exactly the same.
import { ask, prepareAsk } from '../../../shared/ask';
import { effective } from './org';

describe('prepareAsk', () => {
  it('leaves the answers as they are, for a prepared and an unprepared organisation', () => {
    const prepared = effective();
    prepareAsk(prepared);
    const cold = effective();
    for (const q of [
      'mag ik zelf een persbericht sturen?',
      'wie tekent een brief aan een inwoner?',
      'parking?',
    ]) {
      const a = ask(q, prepared);
      const b = ask(q, cold);
      expect(a.answers.map((x) => [x.agreement, x.verdict, x.score])).toEqual(
        b.answers.map((x) => [x.agreement, x.verdict, x.score]),
      );
      expect(a.outOfScope).toBe(b.outOfScope);
    }
  });
});
