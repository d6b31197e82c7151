// Referenced from package.json ("jest"): rootDir is the package, not this folder.
const { join } = require('node:path');
const { jestConfig } = require('../dist/jest-config');

module.exports = jestConfig({ rootDir: join(__dirname, '..') });
