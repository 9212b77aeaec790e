import { describe, expect, test } from 'vitest';
import { ALTERNATE_LAYOUTS, modelToView, modelToViews, VIEW_IDS } from '../../src/diagrams/index.ts';
import { mermaidAccText, mermaidLabel } from '../../src/diagrams/mermaid-text.ts';
import { stageFlows } from '../../src/model/index.ts';
import { pipelineFlowView } from '../../src/diagrams/pipeline-flow.ts';
import { pipelineTypeView } from '../../src/diagrams/pipeline-type-view.ts';
import { pipelineTypesView } from '../../src/diagrams/pipeline-types-over-stages.ts';
import { stageView } from '../../src/diagrams/stage-view.ts';
import { toolsByStageView } from '../../src/diagrams/tools-by-stage.ts';
import { llmStagesView } from '../../src/diagrams/llm-stages.ts';
import { LLM_PIPELINE_IDS, llmPipelines, llmStages } from '../../src/model/data/llm-pipelines.ts';
import { model, PATTERN_CATEGORY_IDS, PATTERN_IDS, PIPELINE_TYPE_IDS, STAGE_IDS, toolHref, toolKindsInStage, type Model } from '../../src/model/index.ts';
import { itemsToDraw } from '../../src/diagrams/drawn-limits.ts';
import { HOSTILE_LABELS, hostileModel, modelWithoutTools } from '../fixtures/models.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim());

/** Each kind-of-tool box's label, by node id, with its line breaks undone. */
function kindBoxLabels(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^\s*([a-z0-9_-]*kind__[a-z0-9-]+)\["(.*?)"\]:::tool$/gm)].map((m) => [m[1], m[2].replaceAll('<br>', ' ')]));
}

/** The tool names a kind box lists after its kind's name. */
function namesIn(label: string): string[] {
  return label.length === 0 ? [] : label.slice(label.indexOf(': ') + 2).split(', ');
}

describe('every view', () => {
  const views = modelToViews(model);

  test.each(VIEW_IDS.map((id) => [id]))('%s matches its reviewed Mermaid text', async (id) => {
    await expect(modelToView(model, id).mermaid).toMatchFileSnapshot(`./__snapshots__/${id}.mmd`);
  });

  test.each(views.flatMap((v) => ALTERNATE_LAYOUTS.flatMap((layout) => (v.alternates?.[layout] ? [[`${v.id}--${layout}`, v.alternates[layout]]] : []))))(
    '%s layout matches its reviewed Mermaid text',
    async (name, text) => {
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}.mmd`);
    },
  );

  test('draws every box of its column layout in each of its other layouts, with the same label', () => {
    const nodeLabels = (text: string) => [...text.matchAll(/^\s*([a-z0-9_-]+)(?:\["|\(")(.*?)(?:"\]|"\))/gm)].map((m) => `${m[1]} ${m[2].replaceAll('<br>', ' ')}`);
    for (const view of views) {
      for (const layout of ALTERNATE_LAYOUTS) {
        const text = view.alternates?.[layout];
        if (!text) continue;
        expect(nodeLabels(text), `${view.id}, ${layout} layout`).toEqual(expect.arrayContaining(nodeLabels(view.mermaid)));
      }
    }
  });

  test('has a stable kebab-case id: one per stage, one per pipeline type, one per pattern, and the overviews', () => {
    expect(VIEW_IDS).toEqual([
      'pipeline-flow',
      'pipeline-types',
      'pipeline-explorer',
      'tools-by-stage',
      'monitoring-loop',
      'pattern-map',
      ...PATTERN_CATEGORY_IDS.map((id) => `pattern-map-${id}`),
      ...STAGE_IDS.map((id) => `stage-${id}`),
      ...PIPELINE_TYPE_IDS.map((id) => `type-${id}`),
      'rollout-traffic',
      'llm-stages',
      'pattern-legend',
      ...PATTERN_IDS.map((id) => `pattern-${id}`),
    ]);
    for (const id of VIEW_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(views.map((v) => v.id)).toEqual(VIEW_IDS);
  });

  test('starts with an accessible title and description that match the view’s own', () => {
    for (const view of views) {
      for (const text of [view.mermaid, ...Object.values(view.alternates ?? {})]) {
        // A layout may open with its own spacing (front matter) before the diagram type.
        const body = text.split('\n').slice(text.split('\n').findIndex((l) => l.startsWith('flowchart ')));
        expect(body[1]).toBe(`  accTitle: ${mermaidAccText(view.title)}`);
        expect(body[2]).toBe(`  accDescr: ${mermaidAccText(view.description)}`);
      }
      expect(view.description.length).toBeGreaterThan(20);
    }
  });

  test('has a text alternative whose rows are as wide as its columns', () => {
    for (const view of views) {
      const { columns, rows } = view.textAlternative;
      expect(rows.length, view.id).toBeGreaterThan(0);
      for (const row of rows) expect(row, view.id).toHaveLength(columns.length);
    }
  });
});

describe('pipelineFlowView', () => {
  const view = pipelineFlowView(model);

  test('runs left to right in a text column, each stage box holding what it passes on', () => {
    expect(lines(view.mermaid)).toContain('flowchart LR');
    expect(lines(view.mermaid)).toContain('data-collection["Data<br>collection<br>↓<br>Raw data<br>snapshot"]');
    // An artifact read by two stages is listed once, under the stage that writes it.
    expect(lines(view.mermaid)).toContain('data-processing["Data<br>processing<br>↓<br>Feature<br>set,<br>Data<br>splits,<br>Fitted<br>transform"]');
    expect(lines(view.mermaid)).toContain('data-processing --> model-deployment');
  });

  test('runs top to bottom on a phone and left to right on a landscape sheet, with the same boxes in longer lines', () => {
    expect(lines(view.alternates?.phone ?? '')).toEqual(
      expect.arrayContaining(['flowchart TB', 'data-processing["Data processing<br>↓<br>Feature set,<br>Data splits,<br>Fitted transform"]']),
    );
    expect(lines(view.alternates?.landscape ?? '')).toEqual(
      expect.arrayContaining(['flowchart LR', 'data-processing["Data processing<br>↓<br>Feature<br>set,<br>Data<br>splits,<br>Fitted<br>transform"]']),
    );
  });

  test('draws the monitoring loop from deployment back to collection, dotted and named', () => {
    expect(lines(view.mermaid).filter((l) => l.includes('-.->'))).toEqual(['model-deployment -.-> data-collection']);
    expect(lines(view.alternates?.phone ?? '').filter((l) => l.includes('-.->'))).toEqual(['model-deployment -.-> data-collection']);
    expect(view.legend?.map((entry) => entry.meaning)).toContain('feedback loop');
    expect(view.description).toContain('Loop back: Model deployment feeds Prediction log back to Data collection.');
  });

  test('has one solid edge per forward flow, and no stage left unconnected', () => {
    const flows = stageFlows(model);
    expect(lines(view.mermaid).filter((l) => l.includes('-->'))).toHaveLength(flows.filter((f) => !f.loop).length);
    for (const id of STAGE_IDS) expect(view.mermaid).toMatch(new RegExp(`(^|\\s)${id} (-->|-\\.->)|(-->|-\\.->) ${id}$`, 'm'));
  });

  test('links each stage to its page', () => {
    expect(view.links).toEqual(STAGE_IDS.map((id) => ({ node: id, href: `/pipeline/${id}/` })));
  });

  test('lists the same edges in its text alternative', () => {
    expect(view.textAlternative.columns).toEqual(['From stage', 'To stage', 'Artifacts', 'Direction']);
    expect(view.textAlternative.rows).toContainEqual(['Model deployment', 'Data collection', 'Prediction log', 'Feedback loop']);
    expect(view.textAlternative.rows).toHaveLength(stageFlows(model).length);
  });

  test('names every stage in its accessible description, in order', () => {
    expect(view.description).toMatch(
      /^6 stages in order: Data collection, Data validation, Data processing, Model building, Training & evaluation and Model deployment\./,
    );
  });
});

describe('pipelineTypesView', () => {
  const view = pipelineTypesView(model);

  test('draws one lane per pipeline type with all six stages, marked by role', () => {
    const lanes = view.mermaid.split('  subgraph ').slice(1).filter((l) => !l.startsWith('row__'));
    expect(lanes.map((l) => l.split('[')[0])).toEqual(['workflow-pipeline', 'data-pipeline', 'model-pipeline', 'ml-tracking-pipeline']);
    for (const lane of lanes) expect(lane.match(/:::(primary|supporting|uncovered)/g)).toHaveLength(6);
    expect(view.mermaid).toContain('data-pipeline__data-collection["Data collection"]:::primary');
    expect(view.mermaid).toContain('data-pipeline__model-building["Model building"]:::uncovered');
    expect(view.mermaid).toContain('model-pipeline__model-deployment["Model deployment"]:::supporting');
  });

  test('sets the lanes two to a row in a text column and four in a row on a landscape sheet, in order', () => {
    const rowsOf = (text: string) => text.split('  subgraph row__').slice(1).map((row) => [...row.matchAll(/^ {4}subgraph ([a-z-]+)\[/gm)].map((m) => m[1]));
    expect(rowsOf(view.mermaid)).toEqual([
      ['workflow-pipeline', 'data-pipeline'],
      ['model-pipeline', 'ml-tracking-pipeline'],
    ]);
    expect(view.alternates?.landscape).toMatch(/\n\s*workflow-pipeline ~~~ data-pipeline ~~~ model-pipeline ~~~ ml-tracking-pipeline\n/);
    expect(view.alternates?.landscape).not.toContain('row__');
  });

  test('describes what each type leads and supports, and tabulates it', () => {
    expect(view.description).toContain('Data pipeline leads Data collection, Data validation and Data processing.');
    expect(view.description).toContain('It supports Data processing and Model deployment.');
    expect(view.textAlternative.rows[1]).toEqual(['Data pipeline', 'leads', 'leads', 'leads', 'no part', 'no part', 'no part']);
  });
});

describe('stageView', () => {
  test.each(STAGE_IDS.map((id) => [id]))('%s links each tool it draws to the tool\'s page, by its name, and nothing to a kind of tool', (stageId) => {
    const view = stageView(model, stageId);
    const drawn = toolKindsInStage(model, stageId).flatMap(({ tools }) => itemsToDraw(tools).shown);
    expect(drawn.length).toBeGreaterThan(0);
    const toTools = (view.links ?? []).filter((l) => l.href.startsWith('/tools/'));
    expect(toTools).toEqual(drawn.map((t) => ({ node: expect.stringMatching(/^kind__/), href: toolHref(t.id), text: t.name })));
  });

  test('shows the artifacts a stage reads and writes, with the stages on either side', () => {
    const view = stageView(model, 'data-validation');
    const text = lines(view.mermaid);
    expect(text).toContain('stage__data-collection --> in__raw-data');
    expect(text).toContain('in__raw-data --> stage__data-validation');
    expect(text).toContain('stage__data-validation --> out__validated-data');
    expect(text).toContain('out__validated-data --> stage__data-processing');
    // Written but read by no other stage: drawn, with nothing after it.
    expect(text).toContain('stage__data-validation --> out__validation-report');
    expect(view.mermaid).not.toMatch(/out__validation-report --> /);
  });

  test('draws the loop input of data collection dotted, as in the pipeline flow', () => {
    const text = lines(stageView(model, 'data-collection').mermaid);
    expect(text).toContain('stage__model-deployment -.-> in__prediction-log');
    expect(text).toContain('in__prediction-log -.-> stage__data-collection');
  });

  test('lists every tool used in the stage in its kind\'s box, and the pipeline types covering it, with their roles', () => {
    for (const stage of STAGE_IDS) {
      const view = stageView(model, stage);
      const tools = Object.values(model.tools).filter((t) => t.stages.some((s) => s === stage));
      for (const text of [view.mermaid, view.alternates?.phone ?? '']) {
        const boxes = kindBoxLabels(text);
        for (const tool of tools) expect(namesIn(boxes.get(`kind__${tool.category}`) ?? ''), `${tool.id} in ${stage}`).toContain(mermaidLabel(tool.name));
        expect([...boxes.values()].flatMap(namesIn), stage).toHaveLength(tools.length);
        expect(text).not.toContain('more (see the table)');
      }
    }
    const view = stageView(model, 'data-validation');
    expect(view.mermaid).toContain('type__data-pipeline["Data pipeline (leads)"]:::primary');
    expect(view.mermaid).not.toContain('type__model-pipeline');
    expect(view.textAlternative.rows.map((r) => r[0])).toEqual(['Reads', 'Writes', 'Tools', 'Pipeline types']);
  });

  test('puts the kinds of tool in rows of three, in the model\'s order', () => {
    const text = stageView(model, 'model-deployment').mermaid;
    const kinds = [...kindBoxLabels(text).keys()];
    const rows = [...text.matchAll(/subgraph (tools__row__\d+)/g)].map((m) => m[1]);
    expect(rows).toHaveLength(Math.ceil(kinds.length / 3));
    expect(lines(text)).toContain(`${kinds[0]} ~~~ ${kinds[1]} ~~~ ${kinds[2]}`);
  });

  test('says so when no tool is listed for a stage', () => {
    const view = stageView(modelWithoutTools(), 'model-building');
    expect(view.mermaid).toContain('no-tool["No tool listed"]:::empty');
    expect(view.description).toContain('Tools: none listed.');
  });
});

describe('pipelineTypeView', () => {
  test('marks every stage with the type’s role and puts only the type’s own tools in it', () => {
    const view = pipelineTypeView(model, 'data-pipeline');
    const text = lines(view.mermaid);
    expect(text).toContain('class stage__data-collection primary');
    expect(text).toContain('class stage__model-deployment uncovered');
    expect(view.mermaid).toContain('data-validation__great-expectations["Great Expectations"]:::tool');
    // Kubeflow Pipelines works in data validation, but as a workflow pipeline, not a data pipeline.
    expect(view.mermaid).not.toContain('kubeflow-pipelines');
    expect(view.mermaid).toContain('model-building__none["Not covered"]:::empty');
  });

  test('tabulates stage, role and tools', () => {
    const view = pipelineTypeView(model, 'ml-tracking-pipeline');
    expect(view.textAlternative.rows[0]).toEqual(['Data collection', 'no part', '—']);
    expect(view.textAlternative.rows[3][1]).toBe('leads');
    expect(view.textAlternative.rows[3][2]).toContain('MLflow Tracking');
  });
});

describe('toolsByStageView', () => {
  test('puts each tool once in every stage it sits in, in its kind\'s box, with the columns in stage order', () => {
    const view = toolsByStageView(model);
    const boxes = kindBoxLabels(view.mermaid);
    for (const tool of Object.values(model.tools)) {
      for (const stage of STAGE_IDS) {
        const names = namesIn(boxes.get(`${stage}__kind__${tool.category}`) ?? '');
        expect(names.filter((n) => n === mermaidLabel(tool.name)), `${tool.id} in ${stage}`).toHaveLength(tool.stages.some((s) => s === stage) ? 1 : 0);
      }
    }
    expect(view.mermaid).not.toContain('more (see the table)');
    expect(lines(view.mermaid)).toContain(STAGE_IDS.map((id) => `stage__${id}`).join(' ~~~ '));
  });

  test('keeps a column for a stage with no tools', () => {
    const view = toolsByStageView(modelWithoutTools());
    expect(view.mermaid.match(/__none\["No tool listed"\]:::empty/g)).toHaveLength(STAGE_IDS.length);
    expect(view.textAlternative.rows.every((r) => r[1] === 'None listed')).toBe(true);
  });
});

describe('llmStagesView', () => {
  const view = llmStagesView(model, { stages: llmStages, pipelines: llmPipelines });

  test('draws the six stages in pipeline order, each holding what it becomes in both LLM pipelines, left and right', () => {
    const text = lines(view.mermaid);
    expect(text).toContain(`pipelines ~~~ ${STAGE_IDS.map((id) => `stage__${id}`).join(' --> ')}`);
    for (const id of STAGE_IDS) {
      expect(text).toContain(`subgraph stage__${id}["${mermaidLabel(model.stages[id].name)}"]`);
      expect(text).toContain(LLM_PIPELINE_IDS.map((p) => `${id}__${p}`).join(' ~~~ '));
      for (const p of LLM_PIPELINE_IDS) {
        const box = new RegExp(`^${id}__${p}\\["(.*)"\\]$`);
        const label = text.find((l) => box.test(l))?.replace(box, '$1').replaceAll('<br>', ' ');
        expect(label, `${id} in ${p}`).toBe(mermaidLabel(llmStages[id].inShort[p]));
      }
    }
    expect(text).toContain(LLM_PIPELINE_IDS.map((p) => `pipeline__${p}`).join(' ~~~ '));
  });

  test('tabulates each stage with both pipelines, and describes them all', () => {
    expect(view.textAlternative.columns).toEqual(['Stage', ...LLM_PIPELINE_IDS.map((p) => llmPipelines[p].name)]);
    expect(view.textAlternative.rows.map((r) => r[0])).toEqual(STAGE_IDS.map((id) => model.stages[id].name));
    for (const id of STAGE_IDS) for (const p of LLM_PIPELINE_IDS) expect(view.description).toContain(llmStages[id].inShort[p]);
  });
});

describe('mermaid escaping', () => {
  test('writes syntax characters as entities and leaves other text alone', () => {
    expect(mermaidLabel('a "b" <c> & #d; %%{e}%% `f` | g')).toBe(
      'a #34;b#34; #60;c#62; #38; #35;d; #37;#37;#123;e#125;#37;#37; #96;f#96; #124; g',
    );
    expect(mermaidLabel('数据验证 Überprüfung (x) [y]')).toBe('数据验证 Überprüfung (x) [y]');
  });

  test('keeps accessible text on one line with no directive or comment', () => {
    expect(mermaidAccText('two\nlines %%{init}%%')).toBe('two lines  percent percent(init) percent percent');
  });

  test('no hostile label survives into any view’s Mermaid text unescaped', () => {
    const hostile = hostileModel();
    const views = modelToViews(hostile);
    const names = [hostile.stages, hostile.pipelineTypes, hostile.tools, hostile.artifacts].flatMap((r) => Object.values(r).map((e) => e.name));
    expect(new Set(names)).toEqual(new Set(HOSTILE_LABELS));
    const all = views.map((v) => v.mermaid).join('\n');
    for (const label of HOSTILE_LABELS) expect(all).toContain(mermaidLabel(label));
    for (const view of views) {
      expect(view.mermaid).not.toMatch(/<script|<img|%%\{/);
      // Every label is one quoted string: quotes come in pairs on every line.
      for (const line of view.mermaid.split('\n')) expect((line.match(/"/g) ?? []).length % 2, `${view.id}: ${line}`).toBe(0);
    }
  });
});
