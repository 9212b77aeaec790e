// URLs are the model's (src/model/urls.ts) and search weights the search's (src/search/weights.ts);
// these names stay importable from here.
export { pipelineTypeHref, stageHref, starterKitHref, termHref, toolHref } from '../model/index.ts';
export { TOOL_COMPARISON_WEIGHT, TOOL_NAME_WEIGHT } from '../search/weights.ts';
