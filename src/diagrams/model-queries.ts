// The model's queries live in src/model/queries.ts; these names stay importable from here.
export {
  categoryRelationCounts,
  consumersOf,
  patternRelationsOnce,
  patternsInOrder,
  producerOf,
  relationsOfCategory,
  roleIn,
  roleVerb,
  stageFlows,
  toolsInStage,
  type CategoryRelationCount,
  type PatternEdge,
  type StageFlow,
} from '../model/queries.ts';
export { patternHref as patternPathname } from '../model/urls.ts';
