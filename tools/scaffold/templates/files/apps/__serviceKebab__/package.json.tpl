{
  "name": "@jobbnatet/{{serviceKebab}}",
  "version": "0.1.0",
  "private": true,
  "description": "{{servicePascal}} subgraph",
  "main": "dist/main.js",
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "typecheck": "tsc -p tsconfig.json --noEmit",
    "lint": "eslint src test",
    "test": "jest",
    "schema:print": "node dist/print-schema.js",
    "start": "node dist/main.js"
  },
  "dependencies": {
    "@jobbnatet/contracts": "workspace:*",
    "@jobbnatet/domain-core": "workspace:*",
    "@jobbnatet/domain-se": "workspace:*",
    "@jobbnatet/service-kit": "workspace:*",
    "@nestjs/apollo": "catalog:",
    "@nestjs/common": "catalog:",
    "@nestjs/core": "catalog:",
    "@nestjs/graphql": "catalog:",
    "class-transformer": "catalog:",
    "class-validator": "catalog:",
    "dataloader": "catalog:",
    "graphql": "catalog:",
    "reflect-metadata": "catalog:",
    "typeorm": "catalog:",
    "zod": "catalog:"
  },
  "devDependencies": {
    "@jobbnatet/eslint-config": "workspace:*",
    "@jobbnatet/subgraph-testing": "workspace:*",
    "@jobbnatet/testing": "workspace:*",
    "@nestjs/testing": "catalog:",
    "@types/jest": "catalog:",
    "@types/node": "catalog:",
    "@types/pg": "catalog:",
    "eslint": "catalog:",
    "fast-check": "catalog:",
    "jest": "catalog:",
    "pg": "catalog:",
    "typescript": "catalog:"
  }
}
