import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { toFieldIssues } from '@zhaoshang/contracts';
import { z } from 'zod';
import { AppException } from './app.exception';

type Location = 'body' | 'query' | 'params';

/** Validates one request part with a shared schema; failures become VALIDATION_FAILED with field codes. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly location: Location = 'body',
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value, { reportInput: true });
    if (!result.success) throw AppException.validation(toFieldIssues(result.error, this.location === 'body' ? undefined : this.location));
    return result.data;
  }
}

function schemaId(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema) as { id?: string } | undefined;
  return meta?.id;
}

/** `$ref` to a registered schema (one with `.meta({ id })`), else the schema inline. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const id = schemaId(schema);
  if (id) return { $ref: `#/components/schemas/${id}` };
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** All registered schemas, as OpenAPI components. */
export function openApiComponents(): Record<string, unknown> {
  const out = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Record<string, unknown>> };
  for (const s of Object.values(out.schemas)) {
    delete s.$id;
    delete s.id;
  }
  return out.schemas;
}

export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: openApiSchema(schema) as never, required: true });

export const ApiZodResponse = (status: number, schema: z.ZodType, description = 'OK') =>
  ApiResponse({ status, description, schema: openApiSchema(schema) as never });

/** Documents each property of a query schema as a query parameter. */
export function ApiZodQuery(schema: z.ZodObject) {
  return applyDecorators(
    ...Object.entries(schema.shape).map(([name, field]) => {
      const fieldSchema = field as z.ZodType;
      const optional = fieldSchema.safeParse(undefined).success;
      const json = z.toJSONSchema(fieldSchema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      delete json.$schema;
      return ApiQuery({ name, required: !optional, schema: json as never });
    }),
  );
}
