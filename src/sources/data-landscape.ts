import { REFERENCES, type Source } from './page-sources.ts';

/** A survey of the wider data stack that the guide's tools sit in, and what it covers that the guide does not. */
export interface DataLandscape {
  source: Source;
  /** ISO date of publication. */
  published: string;
  /** One sentence, read after a colon: what the survey is, in facts. */
  what: string;
  /** What it covers that the guide leaves out, each a short phrase. */
  adds: readonly string[];
}

// Checked 2026-12-06 against the post itself: its authors, date, the two kinds of system it
// separates, and that its reference architectures came from interviews with practitioners.
export const DATA_LANDSCAPE = {
  source: REFERENCES.dataInfrastructure,
  published: '2020-10-15',
  what:
    'reference architectures of the whole data stack, drawn from interviews with practitioners, separating analytic systems (reports and dashboards for people who decide) from operational systems (data-powered products, including machine learning), with a blueprint for business intelligence and one for AI and ML.',
  adds: [
    'the ingestion, storage and query engines (warehouses, lakes, SQL engines) the guide assumes are already there',
    'the analytics side of the stack (transformation for reporting, dashboards), which the guide leaves out',
    'data catalogues and governance across teams',
    'figures on how fast the data infrastructure market was growing in 2020',
  ],
} as const satisfies DataLandscape;
