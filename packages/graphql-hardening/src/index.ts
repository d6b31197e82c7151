export { requestHardeningPlugin, type RequestHardeningOptions } from './request-hardening.plugin';
export { withoutInputValue, variableProblems, type VariableProblem } from './variable-problems';
export { isDependencyOutage } from './dependency-outage';
