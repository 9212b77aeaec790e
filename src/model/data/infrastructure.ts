import type { ServingModeId } from './deployment.ts';
import type { PatternId, StageId, ToolId } from './ids.ts';
import type { IsoDate } from './tools.ts';

/** A page a fact was compared with, and the day it was. */
export interface InfrastructureSource {
  title: string;
  url: string;
  checked: IsoDate;
}

/**
 * What a serving mode's bill is made of, keyed by the serving modes of `deployment.ts`: the
 * same ids, so the deployment page's table and this page's cost table cannot disagree on
 * which modes exist.
 */
export interface ServingModeCost<Id extends ServingModeId = ServingModeId> {
  id: Id;
  /** What the team pays for while the mode serves. */
  paysFor: string;
  /** What it costs when nobody asks for a prediction. */
  whenIdle: string;
  /** What lowers the cost per prediction most. */
  lever: string;
}

/** What an autoscaler can watch to decide how many replicas of a model server run. */
export const AUTOSCALING_SIGNAL_IDS = ['cpu-utilisation', 'request-concurrency', 'queue-length', 'gpu-utilisation'] as const;
export type AutoscalingSignalId = (typeof AUTOSCALING_SIGNAL_IDS)[number];

export interface AutoscalingSignal<Id extends AutoscalingSignalId = AutoscalingSignalId> {
  id: Id;
  name: string;
  /** What the number measures and who provides it. */
  measures: string;
  /** Serving modes it suits; ids of `deployment.ts`. */
  modes: readonly ServingModeId[];
  /** Whether the autoscalers named here can take the service to zero replicas on this signal. */
  scalesToZero: boolean;
  /** What it gets wrong, or what it costs: the guide's reading of the documentation. */
  tradeOff: string;
  /** Tools in the guide that scale on it. */
  tools: readonly ToolId[];
  /** Book patterns whose serving it scales. */
  patterns: readonly PatternId[];
  source: InfrastructureSource;
}

/** Ways a Kubernetes cluster hands GPUs to workloads, from one whole GPU each to hardware partitions. */
export const GPU_SHARING_IDS = ['whole-gpu', 'time-slicing', 'mps', 'mig'] as const;
export type GpuSharingId = (typeof GPU_SHARING_IDS)[number];

export interface GpuSharing<Id extends GpuSharingId = GpuSharingId> {
  id: Id;
  name: string;
  /** How the GPU is divided, in one sentence. */
  how: string;
  /** What one workload is protected from when another misbehaves. */
  isolation: string;
  /** Workloads it suits. */
  fits: string;
  /** The catch. */
  caveat: string;
  /** Stages whose work runs on it; their pages link here. */
  stages: readonly StageId[];
  patterns: readonly PatternId[];
  source: InfrastructureSource;
}

/** Building serving on your own cluster, or buying a managed platform. */
export const BUILD_BUY_OPTION_IDS = ['build', 'buy'] as const;
export type BuildBuyOptionId = (typeof BUILD_BUY_OPTION_IDS)[number];

export interface BuildBuyOption<Id extends BuildBuyOptionId = BuildBuyOptionId> {
  id: Id;
  name: string;
  /** What the team runs itself under this option. */
  summary: string;
  /** Tools in the guide that are this option. */
  tools: readonly ToolId[];
}

/** Questions that decide between building and buying, in the order the guide would ask them. */
export const BUILD_BUY_CRITERION_IDS = ['platform-team', 'traffic-shape', 'hardware', 'data-boundary', 'exit-cost'] as const;
export type BuildBuyCriterionId = (typeof BUILD_BUY_CRITERION_IDS)[number];

export interface BuildBuyCriterion<Id extends BuildBuyCriterionId = BuildBuyCriterionId> {
  id: Id;
  name: string;
  question: string;
  /** The answer that favours building. */
  build: string;
  /** The answer that favours buying. */
  buy: string;
}

const CHECKED = '2026-12-06';

const HPA: InfrastructureSource = {
  title: 'Kubernetes documentation, “Horizontal Pod Autoscaling”',
  url: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
  checked: CHECKED,
};

export const servingModeCosts = {
  online: {
    id: 'online',
    paysFor: 'Replicas that are running whether or not requests arrive, sized for the peak and the latency target, plus the load balancer in front.',
    whenIdle: 'The minimum number of replicas, all day; nothing only if the platform scales to zero and the node goes away too.',
    lever: 'Autoscaling on the right signal, a smaller or compiled model, and batching requests on the server.',
  },
  batch: {
    id: 'batch',
    paysFor: 'Instance-hours of a job that scores every known input, plus storage and the lookup table that serves the results.',
    whenIdle: 'Storage only: the instances exist while the job runs.',
    lever: 'Scoring only what changed since the last run, larger batches per instance, and interruptible (spot) instances, since a job can be retried.',
  },
  streaming: {
    id: 'streaming',
    paysFor: 'Stream-processor workers that run continuously, plus the state they keep (windows, features) and the message broker.',
    whenIdle: 'The workers and broker, which stay up to keep their state and offsets.',
    lever: 'Windows no longer than the model needs, and scaling workers on consumer lag rather than CPU.',
  },
  edge: {
    id: 'edge',
    paysFor: 'Engineering to make the model small enough, and shipping updates to devices; the compute is the user’s.',
    whenIdle: 'Nothing per prediction; the fixed cost is in releases.',
    lever: 'Quantisation and distillation, and a server-side fallback only for the inputs the small model is unsure of.',
  },
} as const satisfies { [K in ServingModeId]: ServingModeCost<K> };

export const autoscalingSignals = {
  'cpu-utilisation': {
    id: 'cpu-utilisation',
    name: 'CPU utilisation',
    measures: 'Average CPU use of the replicas as a share of what they request, from the Kubernetes metrics API; the Horizontal Pod Autoscaler’s default kind of target.',
    modes: ['online'],
    scalesToZero: false,
    tradeOff: 'Works for models that run on CPU. A model on a GPU can saturate while its CPU looks idle, so the autoscaler never adds a replica.',
    tools: ['kserve'],
    patterns: ['stateless-serving-function'],
    source: HPA,
  },
  'request-concurrency': {
    id: 'request-concurrency',
    name: 'Requests in flight',
    measures: 'Requests being handled at once per replica, counted by a proxy beside the model server; Knative’s default autoscaler (KPA), which KServe uses in serverless mode.',
    modes: ['online'],
    scalesToZero: true,
    tradeOff: 'Follows load whatever the hardware, and can remove the last replica; the first request after that waits for a replica to start and load the model (a cold start).',
    tools: ['kserve'],
    patterns: ['stateless-serving-function', 'two-phase-predictions'],
    source: { title: 'Knative documentation, “Autoscaling” (KPA, concurrency, scale to zero)', url: 'https://knative.dev/docs/serving/autoscaling/', checked: CHECKED },
  },
  'queue-length': {
    id: 'queue-length',
    name: 'Queue length or consumer lag',
    measures: 'Messages waiting for a worker, read from the broker as an external metric of the Horizontal Pod Autoscaler.',
    modes: ['batch', 'streaming'],
    scalesToZero: false,
    tradeOff: 'Measures the work itself, so it suits asynchronous and streaming inference; it needs a metrics adapter, and a target of messages per replica that someone must measure.',
    tools: ['prometheus'],
    patterns: ['batch-serving', 'windowed-inference'],
    source: HPA,
  },
  'gpu-utilisation': {
    id: 'gpu-utilisation',
    name: 'GPU utilisation',
    measures: 'Share of time the GPU was busy, exported per device (NVIDIA’s DCGM exporter) and given to the autoscaler as a custom metric.',
    modes: ['online', 'batch'],
    scalesToZero: false,
    tradeOff: 'Reaches the resource that limits a GPU model, but busy is not full: a GPU that batches requests can show high utilisation with room to spare, so check latency against it before trusting a target.',
    tools: ['prometheus', 'nvidia-triton'],
    patterns: ['stateless-serving-function'],
    source: HPA,
  },
} as const satisfies { [K in AutoscalingSignalId]: AutoscalingSignal<K> };

export const gpuSharing = {
  'whole-gpu': {
    id: 'whole-gpu',
    name: 'Whole GPUs',
    how: 'The vendor’s device plugin advertises each GPU as a resource (nvidia.com/gpu); a pod asks for a number of them in its limits.',
    isolation: 'Complete: the GPU belongs to one workload.',
    fits: 'Training that fills a GPU, multi-GPU training, and models that keep a GPU busy on their own.',
    caveat: 'A small model or a notebook holds a whole GPU while using a fraction of it.',
    stages: ['training-evaluation', 'model-deployment'],
    patterns: ['distribution-strategy'],
    source: { title: 'Kubernetes documentation, “Schedule GPUs”', url: 'https://kubernetes.io/docs/tasks/manage-gpus/scheduling-gpus/', checked: CHECKED },
  },
  'time-slicing': {
    id: 'time-slicing',
    name: 'Time-slicing',
    how: 'The NVIDIA device plugin advertises each GPU as several replicas; workloads on the same GPU take turns.',
    isolation: 'None for memory or faults: one workload can use up the GPU’s memory or take the others down with it.',
    fits: 'Notebooks, development, and small inference models with light, uneven load.',
    caveat: 'A replica promises a turn, not a share: latency depends on the neighbours.',
    stages: ['model-building', 'model-deployment'],
    patterns: [],
    source: {
      title: 'NVIDIA GPU Operator documentation, “Time-Slicing GPUs in Kubernetes”',
      url: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/gpu-sharing.html',
      checked: CHECKED,
    },
  },
  mps: {
    id: 'mps',
    name: 'Multi-Process Service (MPS)',
    how: 'Processes from several containers run on the GPU at the same time through one MPS server, each with a limit on memory and on the share of compute threads.',
    isolation: 'A limit on pinned memory and on the share of compute threads per container; not the hardware partition of MIG.',
    fits: 'Several small inference servers that each leave most of a GPU idle.',
    caveat: 'The limits follow from how many containers may share the GPU, the same for each, not from what each workload needs.',
    stages: ['model-deployment'],
    patterns: [],
    source: {
      title: 'Google Kubernetes Engine documentation, “Share GPUs with multiple workloads using NVIDIA MPS”',
      url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/nvidia-mps-gpus',
      checked: CHECKED,
    },
  },
  mig: {
    id: 'mig',
    name: 'Multi-Instance GPU (MIG)',
    how: 'The GPU itself is partitioned into instances with their own compute and memory, up to seven on an A100 or H100, in fixed profiles.',
    isolation: 'In hardware: memory, compute and faults stay inside an instance.',
    fits: 'Inference services and teams that need a guaranteed slice of a large GPU.',
    caveat: 'Only on the GPUs NVIDIA lists, from the Ampere generation on (an A30 splits into at most four), and only in the profiles each GPU offers.',
    stages: ['training-evaluation', 'model-deployment'],
    patterns: [],
    source: {
      title: 'NVIDIA Multi-Instance GPU User Guide, “Supported GPUs”',
      url: 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-gpus.html',
      checked: CHECKED,
    },
  },
} as const satisfies { [K in GpuSharingId]: GpuSharing<K> };

export const buildBuyOptions = {
  build: {
    id: 'build',
    name: 'Build on your own cluster',
    summary: 'Kubernetes with a model server and an autoscaler; the team runs upgrades, GPUs, capacity and on-call.',
    tools: ['kserve', 'seldon-core', 'ray-serve', 'nvidia-triton', 'bentoml'],
  },
  buy: {
    id: 'buy',
    name: 'Buy a managed platform',
    summary: 'The cloud runs endpoints, batch jobs and scaling; the team pays a margin on compute and works within the platform’s limits.',
    tools: ['amazon-sagemaker', 'vertex-ai', 'azure-machine-learning', 'databricks'],
  },
} as const satisfies { [K in BuildBuyOptionId]: BuildBuyOption<K> };

export const buildBuyCriteria = {
  'platform-team': {
    id: 'platform-team',
    name: 'Who runs it',
    question: 'Is there a team that already runs Kubernetes in production, with on-call?',
    build: 'Yes: serving is one more workload on a platform that exists.',
    buy: 'No: the platform’s margin is cheaper than the first engineers it would take.',
  },
  'traffic-shape': {
    id: 'traffic-shape',
    name: 'Traffic',
    question: 'Is the load steady and large, or small and spiky?',
    build: 'Steady and large: reserved capacity on your own nodes beats a per-hour margin.',
    buy: 'Small or spiky: pay-per-use endpoints and scale to zero without running the machinery.',
  },
  hardware: {
    id: 'hardware',
    name: 'Hardware',
    question: 'Does the model need GPUs shared finely, or hardware the platform does not offer?',
    build: 'Yes: time-slicing, MPS and MIG are yours to configure on your own nodes.',
    buy: 'No: a standard instance type per endpoint is enough.',
  },
  'data-boundary': {
    id: 'data-boundary',
    name: 'Data boundary',
    question: 'Must features and predictions stay in a place the platform does not reach?',
    build: 'Yes: on-premises or a region the platform lacks.',
    buy: 'No, or the platform offers the region and private networking needed.',
  },
  'exit-cost': {
    id: 'exit-cost',
    name: 'Leaving',
    question: 'How hard would it be to move in three years?',
    build: 'Open model servers and formats keep the move to a change of cluster.',
    buy: 'Acceptable when serving goes through a thin layer of your own (a standard model format, your own client) rather than the platform’s SDK everywhere.',
  },
} as const satisfies { [K in BuildBuyCriterionId]: BuildBuyCriterion<K> };

/** The GPU sharing options whose workloads belong to a stage; its page links them. */
export function gpuSharingAt(stage: StageId): GpuSharing[] {
  return GPU_SHARING_IDS.map((id): GpuSharing => gpuSharing[id]).filter((g) => g.stages.includes(stage));
}

/** Autoscaling signals and build-or-buy options that name a tool; its page links them. */
export function infrastructureOfTool(tool: ToolId): { signals: AutoscalingSignal[]; options: BuildBuyOption[] } {
  return {
    signals: AUTOSCALING_SIGNAL_IDS.map((id): AutoscalingSignal => autoscalingSignals[id]).filter((s) => s.tools.includes(tool)),
    options: BUILD_BUY_OPTION_IDS.map((id): BuildBuyOption => buildBuyOptions[id]).filter((o) => o.tools.includes(tool)),
  };
}

/** Autoscaling signals and GPU sharing options that name a pattern; its page links them. */
export function infrastructureOfPattern(pattern: PatternId): { signals: AutoscalingSignal[]; gpuOptions: GpuSharing[] } {
  return {
    signals: AUTOSCALING_SIGNAL_IDS.map((id): AutoscalingSignal => autoscalingSignals[id]).filter((s) => s.patterns.includes(pattern)),
    gpuOptions: GPU_SHARING_IDS.map((id): GpuSharing => gpuSharing[id]).filter((g) => g.patterns.includes(pattern)),
  };
}
