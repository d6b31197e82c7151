import {
  coerceInputValue,
  GraphQLError,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Why a variable was refused, in words that never quote the value: graphql-js's own messages put
 * the whole value (`got invalid value { … }`) into every error, so a 9 KB input with 1 000 unknown
 * keys answered 1 000 copies of itself.
 */
const valueFreeReasons = [
  /^Field "[^"]{1,100}" is not defined by type "[^"]{1,100}"\./,
  /^Field "[^"]{1,100}" of required type "[^"]{1,100}" was not provided\./,
  /^Expected type "[^"]{1,100}" to be an object\./,
];

function reasonOf(error: Error): string {
  for (const pattern of valueFreeReasons) {
    const match = pattern.exec(error.message);
    if (match) return match[0];
  }
  return 'Not a valid value of its type.';
}

export interface VariableProblem {
  /** The variable and the path into it: `input.officeId`. */
  field: string;
  message: string;
}

class EnoughProblems extends Error {}

/**
 * Checks the request's variables against the operation's variable definitions as GraphQL will,
 * stopping after `max` problems so a hostile input costs little, and reports each by its path.
 */
export function variableProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  max: number,
): VariableProblem[] {
  const problems: VariableProblem[] = [];
  const add = (field: string, message: string) => {
    problems.push({ field, message });
    if (problems.length >= max) throw new EnoughProblems();
  };
  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      // An unknown or non-input type is a validation error GraphQL reports itself.
      if (!type) continue;
      const value = variables[name];
      if (value === undefined || value === null) {
        if (isNonNullType(type) && (value === null || !definition.defaultValue))
          add(name, `Variable "$${name}" of required type "${String(type)}" was not provided.`);
        continue;
      }
      coerceInputValue(value, type, (path, _invalid, error) => {
        // graphql-js reports a missing or unknown field at its parent object; point at the field.
        const named = /^Field "([^"]{1,100})" (?:is not defined|of required type)/.exec(
          error.message,
        );
        const field = [name, ...path, ...(named ? [named[1]] : [])].join('.');
        add(
          field,
          `Variable "$${name}" got an invalid value${field === name ? '' : ` at "${field}"`}: ${reasonOf(error)}`,
        );
      });
    }
  } catch (error) {
    if (!(error instanceof EnoughProblems)) throw error;
  }
  return problems;
}

/** One client error for the problems found: the first named, the rest counted. */
export function variableProblemsError(problems: VariableProblem[], max: number): GraphQLError {
  const [first] = problems as [VariableProblem, ...VariableProblem[]];
  const more =
    problems.length >= max
      ? ' (and further problems)'
      : problems.length > 1
        ? ` (and ${problems.length - 1} more)`
        : '';
  return new GraphQLError(`${first.message}${more}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field: first.field,
      reason: 'INVALID_VARIABLE',
      http: { status: 400 },
    },
  });
}

const graphqlVariableMessage = /^(Variable "\$[_A-Za-z][_0-9A-Za-z]*") got invalid value /;

/**
 * Drops the quoted value from a graphql-js variable error that reached a formatter anyway (a
 * second line of defence behind the plugin).
 */
export function withoutInputValue(message: string): string {
  const match = graphqlVariableMessage.exec(message);
  return match ? `${match[1]} got an invalid value.` : message;
}
