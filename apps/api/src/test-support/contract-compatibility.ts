import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';

/** Does the code's output type give clients what the contract promises? (It may be stricter.) */
function outputCompatible(contract: GraphQLOutputType, code: GraphQLOutputType): boolean {
  if (isNonNullType(contract))
    return isNonNullType(code) && outputCompatible(contract.ofType, code.ofType as GraphQLOutputType);
  const inner = isNonNullType(code) ? (code.ofType as GraphQLOutputType) : code;
  if (isListType(contract)) return isListType(inner) && outputCompatible(contract.ofType, inner.ofType);
  return !isListType(inner) && !isNonNullType(inner) && contract.name === inner.name;
}

/** Does the code accept every value the contract lets clients send? (It may be more lenient.) */
function inputCompatible(contract: GraphQLInputType, code: GraphQLInputType): boolean {
  const outer = isNonNullType(contract) ? contract.ofType : contract;
  if (isNonNullType(code)) return isNonNullType(contract) && inputCompatible(outer, code.ofType);
  if (isListType(outer)) return isListType(code) && inputCompatible(outer.ofType, code.ofType);
  return !isListType(code) && outer.name === code.name;
}

type InputSlot = GraphQLArgument | GraphQLInputField;

function compareInputs(where: string, contract: readonly InputSlot[], code: readonly InputSlot[]): string[] {
  const problems: string[] = [];
  for (const expected of contract) {
    const actual = code.find((c) => c.name === expected.name);
    if (!actual) problems.push(`${where}: argument/field ${expected.name} is missing`);
    else if (!inputCompatible(expected.type, actual.type))
      problems.push(`${where}.${expected.name}: contract ${expected.type}, code ${actual.type}`);
    else if (
      expected.defaultValue !== undefined &&
      JSON.stringify(expected.defaultValue) !== JSON.stringify(actual.defaultValue)
    )
      problems.push(`${where}.${expected.name}: default ${JSON.stringify(expected.defaultValue)} expected`);
  }
  for (const extra of code)
    if (
      !contract.some((c) => c.name === extra.name) &&
      isNonNullType(extra.type) &&
      extra.defaultValue === undefined
    )
      problems.push(`${where}: extra required ${extra.name} would break contract clients`);
  return problems;
}

/** Every difference between the contract and the code, and the pending entries that exist. */
export function compareWithContract(
  contract: GraphQLSchema,
  code: GraphQLSchema,
  pending: readonly string[],
): { problems: string[]; pendingButPresent: string[] } {
  const problems: string[] = [];
  const pendingButPresent: string[] = [];
  const isPending = (name: string) => pending.includes(name);
  for (const expected of Object.values(contract.getTypeMap())) {
    if (expected.name.startsWith('__') || isSpecifiedScalarType(expected)) continue;
    const actual = code.getType(expected.name);
    if (!actual) {
      if (!isPending(expected.name)) problems.push(`type ${expected.name} is missing`);
      continue;
    }
    if (isPending(expected.name)) pendingButPresent.push(expected.name);
    if (isObjectType(expected)) {
      if (!isObjectType(actual)) {
        problems.push(`${expected.name} must be an object type`);
        continue;
      }
      for (const field of Object.values(expected.getFields())) {
        const path = `${expected.name}.${field.name}`;
        const codeField = actual.getFields()[field.name];
        if (!codeField) {
          if (!isPending(path)) problems.push(`${path} is missing`);
          continue;
        }
        if (isPending(path)) pendingButPresent.push(path);
        if (!outputCompatible(field.type, codeField.type))
          problems.push(`${path}: contract ${field.type}, code ${codeField.type}`);
        problems.push(...compareInputs(path, field.args, codeField.args));
      }
    } else if (isInputObjectType(expected)) {
      if (!isInputObjectType(actual)) problems.push(`${expected.name} must be an input type`);
      else
        problems.push(
          ...compareInputs(
            expected.name,
            Object.values(expected.getFields()),
            Object.values(actual.getFields()),
          ),
        );
    } else if (isEnumType(expected)) {
      if (!isEnumType(actual)) problems.push(`${expected.name} must be an enum`);
      else
        for (const value of expected.getValues())
          if (!actual.getValue(value.name)) problems.push(`${expected.name}.${value.name} is missing`);
    } else if (isScalarType(expected) && !isScalarType(actual)) {
      problems.push(`${expected.name} must be a scalar`);
    }
  }
  for (const entry of pending) {
    const [type, field] = entry.split('.');
    if (
      !type ||
      !contract.getType(type) ||
      (field && !(contract.getType(type) as never as { getFields(): object }).getFields?.()[field as never])
    )
      problems.push(`pending entry ${entry} is not part of the contract`);
  }
  return { problems, pendingButPresent };
}
