// ESLint rule: the screens read an exercise through its read-only view (ExerciseView) and change it through a
// send function, never through the engine. The engine runs in the exercise host, another process, where a
// screen cannot reach it. eslint.config.js applies the rule to renderer/console, renderer/components,
// renderer/home and renderer/app, and to renderer/host outside its tests (the console's copy of the log).

/** @typedef {import('@typescript-eslint/utils').TSESTree.Node} Node */

const ENGINE_TYPE = 'ExerciseEngine';
const ENGINE_MEMBER = 'engine';

/**
 * The name a property key or member spells, whether written `a.engine`, `a['engine']` or `{ engine }`.
 * @param {Node} key
 * @param {boolean} computed
 * @returns {string | null}
 */
function nameOf(key, computed) {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noEngineInScreensRule = {
  meta: {
    type: 'problem',
    docs: { description: 'screens read an ExerciseView and send commands; they never touch the engine' },
    schema: [],
    messages: {
      engineType:
        'Screens never see the engine: take `view: ExerciseView` (and `send`) instead of `ExerciseEngine`.',
      engineMember:
        'Screens never read `.engine`: read the exercise through `view: ExerciseView` and send through `send`.',
    },
  },
  create(context) {
    /** @param {Node} node @param {'engineType' | 'engineMember'} messageId */
    const report = (node, messageId) => context.report({ node: /** @type {never} */ (node), messageId });
    return {
      /** `import { ExerciseEngine } from …`, `import { type ExerciseEngine as E } from …` */
      ImportSpecifier(/** @type {any} */ node) {
        if (nameOf(node.imported, false) === ENGINE_TYPE) report(node, 'engineType');
      },
      /** `export { ExerciseEngine } from …`: a screen's module does not hand the engine on either. */
      ExportSpecifier(/** @type {any} */ node) {
        if (nameOf(node.local, false) === ENGINE_TYPE) report(node, 'engineType');
      },
      /** `core.ExerciseEngine` in a type, through a namespace import. */
      TSQualifiedName(/** @type {any} */ node) {
        if (node.right.name === ENGINE_TYPE) report(node, 'engineType');
      },
      /** `host.engine`, `host?.engine`, `host['engine']`, and `core.ExerciseEngine` as a value. */
      MemberExpression(/** @type {any} */ node) {
        const name = nameOf(node.property, node.computed);
        if (name === ENGINE_MEMBER) report(node, 'engineMember');
        else if (name === ENGINE_TYPE) report(node, 'engineType');
      },
      /** `const { engine } = host`, `({ engine }) => …`: a read of `.engine` by destructuring. */
      ObjectPattern(/** @type {any} */ node) {
        for (const property of node.properties) {
          if (property.type === 'Property' && nameOf(property.key, property.computed) === ENGINE_MEMBER)
            report(property, 'engineMember');
        }
      },
    };
  },
};
