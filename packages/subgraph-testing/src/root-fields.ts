import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

/** One probing operation per root field of a printed subgraph schema (`_service`, `_entities` included). */
export function rootFieldOperations(printedSchema: string): string[] {
  // Federation directives are declared by @link, not in the file: read types, skip validation.
  const schema: GraphQLSchema = buildASTSchema(parse(printedSchema), {
    assumeValid: true,
    assumeValidSDL: true,
  });
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  // The middleware refuses before parsing, so a bare field name is probe enough.
  return roots.flatMap(([keyword, root]) =>
    root ? Object.keys(root.getFields()).map((field) => `${keyword} { ${field} }`) : [],
  );
}
