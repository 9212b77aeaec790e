import type { AstroIntegration } from 'astro';
import { assertValidGuide, guide } from '../model/guide.ts';
import { assertValidVocabulary, vocabulary } from '../model/data/vocabulary.ts';
import { assertValidModel, model } from '../model/index.ts';

/** What the build checks before anything renders: the model, the guide's records and the vocabulary. */
export interface GuideSources {
  model: Parameters<typeof assertValidModel>[0];
  guide: Parameters<typeof assertValidGuide>[0];
  vocabulary: Parameters<typeof assertValidVocabulary>[0];
}

/**
 * Checks the model, the guide's records and the search vocabulary once, when the build (or the
 * dev server) starts, and stops it with every problem named file › entity › field. Components
 * and routes then read data already checked, instead of each checking it again.
 */
export function checkGuideSources(sources: GuideSources = { model, guide, vocabulary }): void {
  assertValidModel(sources.model);
  assertValidGuide(sources.guide);
  assertValidVocabulary(sources.vocabulary);
}

export function fieldGuideModelCheck(sources?: GuideSources): AstroIntegration {
  return {
    name: 'field-guide-model-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        checkGuideSources(sources);
        logger.info('model, guide records and vocabulary checked');
      },
    },
  };
}
