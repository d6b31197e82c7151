// Two suites at a time, one per core: each has its own database and consumer group and asserts on
// its own subjects, so they stand side by side (checked by whole runs with two workers).
module.exports = require('@jobbnatet/testing/jest-config').jestConfig({ maxWorkers: 2 });
