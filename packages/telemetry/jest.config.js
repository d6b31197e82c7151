module.exports = require('@jobbnatet/testing/jest-config').jestConfig();
