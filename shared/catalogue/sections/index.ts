import { section as s01 } from './section-01-afspraken-die-helpen-om';
import { section as s02 } from './section-02-gemeentediensten-en-communicatiedienst-elk';
import { section as s03 } from './section-03-kwaliteitszorg';
import { section as s04 } from './section-04-een-goede-wisselwerking-tussen';
import { section as s05 } from './section-05-politieke-neutraliteit-in-lokale';
import { section as s06 } from './section-06-communicatie-bij-participatie';
import { section as s07 } from './section-07-crisiscommunicatie';
import { section as s08 } from './section-08-perscommunicatie';
import { section as s09 } from './section-09-sociale-media';
import { section as s10 } from './section-10-gemeentelijk-infoblad';
import { section as s11 } from './section-11-gedrukte-publicaties';
import { section as s12 } from './section-12-website';
import { section as s13 } from './section-13-interne-communicatiekanalen';
import { section as s14 } from './section-14-artificiele-intelligentie';
import type { Section } from '../types';

// The fourteen sections of the inspiration note, in order.
export const sections: readonly Section[] = [
  s01,
  s02,
  s03,
  s04,
  s05,
  s06,
  s07,
  s08,
  s09,
  s10,
  s11,
  s12,
  s13,
  s14,
];
