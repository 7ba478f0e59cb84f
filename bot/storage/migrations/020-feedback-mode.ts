import type { Migration } from './types';

// Feedback also keeps how sure the bot was (issue 13): the mode of the rated answer (answer,
// clarify or refuse) and its calibrated confidence, so the communication service sees where
// answers were unsure. Rows from before stay without (null).
export const migration: Migration = {
  id: 20,
  name: 'feedback-mode',
  sql: `
    alter table feedback add column mode text check (mode in ('answer', 'clarify', 'refuse'));
    alter table feedback add column confidence real check (confidence between 0 and 1);
  `,
};
