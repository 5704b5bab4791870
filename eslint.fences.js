import { builtinModules } from 'node:module';
import path from 'node:path';

// The folder fences, as one lint rule. An import is judged by where it leads, not by how its path is
// spelled: '../db/x', '../../db/x' and '../core/../db/x' all lead to /db/x, so no spelling slips through.

const root = import.meta.dirname;
const builtins = new Set(builtinModules);

/**
 * Where an import leads: "/db/connection" for a file of Politely's (from the repository root, without
 * its extension), "node:fs" for Node's own modules however written, else the package as written.
 */
export function placeOf(source, filename) {
  if (source.startsWith('.') || path.isAbsolute(source)) {
    const target = path
      .relative(root, path.resolve(path.dirname(filename), source))
      .split(path.sep)
      .join('/');
    return `/${target}`.replace(/\.(ts|tsx|js|mjs|cjs)$/, '');
  }
  if (source.startsWith('node:')) return source;
  return builtins.has(source.split('/')[0]) ? `node:${source}` : source;
}

/** `politely/fence`: options are a list of { to, except?, message }; an import whose place matches `to` is refused. */
const fence = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each folder to the imports its layer may make.' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: { to: { type: 'string' }, except: { type: 'string' }, message: { type: 'string' } },
          required: ['to', 'message'],
          additionalProperties: false,
        },
      },
    ],
  },
  create(context) {
    const refusals = (context.options[0] ?? []).map((r) => ({
      to: new RegExp(r.to),
      except: r.except ? new RegExp(r.except) : undefined,
      message: r.message,
    }));
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const place = placeOf(node.value, context.filename);
      // The first refusal that matches speaks, so each import gets one message.
      const refusal = refusals.find((r) => r.to.test(place) && !r.except?.test(place));
      if (refusal) context.report({ node, message: refusal.message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
      TSExternalModuleReference: (node) => check(node.expression),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};

export const fences = { rules: { fence } };
