{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "outDir": "dist",
    "rootDir": ".",
    "noEmit": true,
    "types": ["node", "jest"]
  },
  "include": ["src", "test"]
}
