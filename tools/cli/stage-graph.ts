// `node tools/cli/stage-graph.ts`: prints the model's stage graph as JSON (the stages in order, with
// what each reads and writes, and the stages each pipeline type covers), so the Python tests can
// compare the generated pipeline files with the model without importing TypeScript.
import { assertValidModel, model, PIPELINE_TYPE_IDS, STAGE_IDS } from '../../src/model/index.ts';

const valid = assertValidModel(model);
const graph = {
  stages: STAGE_IDS.map((id) => {
    const { name, inputs, outputs, notebook } = valid.stages[id];
    return { id, name, inputs, outputs, notebook };
  }),
  pipelineTypes: Object.fromEntries(PIPELINE_TYPE_IDS.map((id) => [id, valid.pipelineTypes[id].covers])),
};
console.log(JSON.stringify(graph, null, 1));
