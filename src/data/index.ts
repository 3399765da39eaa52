export { DataController, type DataHost, type DataStatus, type DataControllerOptions } from './data-controller.js';
export { jsonAttribute, InvalidJson } from './json-attribute.js';
export { fetchBody, parseJson, ProblemError, LARGE_BODY_BYTES, type ReadLarge } from './fetch-json.js';
export { describeProblem } from './describe.js';
export { formatPath, problemFromIssues, type KpiProblem, type ProblemCode } from './problem.js';
export { emit, type KpiDataDetail, type KpiErrorDetail, type KpiThresholdDetail } from './events.js';
