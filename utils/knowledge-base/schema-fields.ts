/**
 * What the schema allows at a place in a knowledge base, for messages about a field it does not
 * know: the fields of the object there, and the one a misspelt name most likely meant.
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean';
import { KnowledgeBaseSchema } from './schema';

type Path = readonly (string | number)[];

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** A union's options (an alias is text or an object), or the schema itself. */
function options(schema: z.ZodType): z.ZodType[] {
  const inner = unwrap(schema);
  return inner instanceof z.ZodUnion ? (inner.options as z.ZodType[]).map(unwrap) : [inner];
}

function child(schema: z.ZodType, part: string | number): z.ZodType[] {
  return options(schema).flatMap((option): z.ZodType[] => {
    if (option instanceof z.ZodObject && typeof part === 'string') {
      const field = (option.shape as Record<string, z.ZodType>)[part];
      return field ? [field] : [];
    }
    if (option instanceof z.ZodArray && typeof part === 'number')
      return [option.element as z.ZodType];
    if (option instanceof z.ZodRecord && typeof part === 'string')
      return [option.valueType as z.ZodType];
    return [];
  });
}

/** The fields the object at `path` may have, in the schema's order (none when no object is there). */
export function allowedFields(path: Path, root: z.ZodType = KnowledgeBaseSchema): string[] {
  let schemas = [root];
  for (const part of path) schemas = schemas.flatMap((schema) => child(schema, part));
  const objects = schemas.flatMap(options).filter((s) => s instanceof z.ZodObject);
  return [...new Set(objects.flatMap((o) => Object.keys(o.shape)))];
}

/** The allowed field an unknown one most likely meant (letter case aside, then by spelling). */
export function nearestField(unknown: string, allowed: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  return allowed.find((f) => f.toLowerCase() === lower) ?? didYouMean(unknown, allowed);
}
