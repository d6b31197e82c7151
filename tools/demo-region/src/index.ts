export { loadDemoRegion, type LoadOptions, type LoadResult } from './load';
export { demoSeed, planRegion, type DemoRegion } from './plan';
export { regionToday } from './dates';
export { targets, trackDesigns } from './region-data';
export { demoRegionPresent, loadOnFirstStart } from './first-start';
