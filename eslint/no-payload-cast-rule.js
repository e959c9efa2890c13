// ESLint rule: event and command payloads are narrowed by their type, never cast.
// `ExerciseEvent` is a union discriminated by `type`: `if (event.type === 'inject.released')` or
// `isEvent(event, 'inject.released')` gives `event.payload` its typed shape, so a type assertion on a payload
// (`event.payload.role as string`, `payload.content as InjectContent`, `(event.payload as Foo)`) only hides a
// mismatch. The decoders, where untrusted values become typed (core/events/decode-event.ts,
// core/engine/parse-command.ts), are the one place allowed to cast: eslint.config.js turns the rule off there.

/** @typedef {import('@typescript-eslint/utils').TSESTree.Node} Node */
/** @typedef {import('@typescript-eslint/utils').TSESTree.TSAsExpression} TSAsExpression */
/** @typedef {import('@typescript-eslint/utils').TSESTree.TSTypeAssertion} TSTypeAssertion */

/**
 * The expression under the wrappers that change nothing about what is read: parentheses (absent from the
 * tree, but kept as a node by some parsers), a non-null assertion `x!`, an optional chain `a?.b`.
 * @param {Node} node
 * @returns {Node}
 */
function unwrap(node) {
  let current = node;
  for (;;) {
    const type = /** @type {string} */ (current.type);
    if (type === 'TSNonNullExpression' || type === 'ChainExpression' || type === 'ParenthesizedExpression') {
      current = /** @type {Node & { expression: Node }} */ (current).expression;
    } else {
      return current;
    }
  }
}

/**
 * Whether the expression reads an event payload: the identifier `payload`, or a member chain with a
 * non-computed `.payload` link (`event.payload.role`, `e.payload['x']`) or rooted at `payload`
 * (`payload.cause.kind`). A payload somewhere deeper (`{ type, payload }`, `foo(payload)`) is not a read.
 * @param {Node} expression
 * @returns {boolean}
 */
function readsPayload(expression) {
  let current = unwrap(expression);
  if (current.type === 'Identifier') return current.name === 'payload';
  if (current.type !== 'MemberExpression') return false;
  while (current.type === 'MemberExpression') {
    if (!current.computed && current.property.type === 'Identifier' && current.property.name === 'payload') {
      return true;
    }
    current = unwrap(current.object);
  }
  return current.type === 'Identifier' && current.name === 'payload';
}

/**
 * Whether the asserted type is `const` (`x as const`, `<const>x`): a literal freeze, not a cast.
 * @param {Node} typeAnnotation
 */
function isConstAssertion(typeAnnotation) {
  return (
    typeAnnotation.type === 'TSTypeReference' &&
    typeAnnotation.typeName.type === 'Identifier' &&
    typeAnnotation.typeName.name === 'const'
  );
}

/** @type {import('eslint').Rule.RuleModule} */
export const noPayloadCastRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'event and command payloads are narrowed by their type (isEvent, event.type), never cast',
    },
    schema: [],
    messages: {
      payloadCast:
        'Do not cast an event or command payload: narrow it by its type (isEvent, or a switch on event.type). Only the decoders (core/events/decode-event.ts, core/engine/parse-command.ts) may cast.',
    },
  },
  create(context) {
    /** @param {TSAsExpression | TSTypeAssertion} node */
    function check(node) {
      if (isConstAssertion(node.typeAnnotation) || !readsPayload(node.expression)) return;
      // ESLint's report types know only ESTree nodes; a TypeScript node has the same range and location.
      context.report({
        node: /** @type {import('estree').Node} */ (/** @type {unknown} */ (node)),
        messageId: 'payloadCast',
      });
    }
    return { TSAsExpression: check, TSTypeAssertion: check };
  },
};
