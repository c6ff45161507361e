import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { spec } from '../schema/openapi.generated';

/**
 * Checks every response the test backends send against the response schema of its operation in
 * `openapi.yaml`, so a response that drifts from the spec fails the test that received it
 * (setupTests.ts fails a test with violations). Only JSON responses are checked; a 2xx JSON
 * response of an operation that documents none is a violation too.
 */
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as object, 'devex-openapi');

const BASE = '/api/devex';
// static paths first, so /backlog/reorder is not taken for /backlog/{id}
const operations = Object.keys(spec.paths)
  .sort((a, b) => a.split('{').length - b.split('{').length)
  .map(template => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

const pointer = (...parts: string[]) =>
  parts.map(p => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const violations: string[] = [];
let checked = 0;

/** How many responses were checked so far (proves the check runs). */
export const checkedResponses = () => checked;

/** The violations seen since the last call, emptied. */
export function takeResponseViolations(): string[] {
  return violations.splice(0, violations.length);
}

/** Checks one response; what it finds goes to the violations. */
export function checkResponseBody(
  method: string,
  url: string,
  status: number,
  body: string,
) {
  const path = url.split('?')[0];
  if (!path.startsWith(BASE)) return;
  const local = path.slice(BASE.length);
  checked++;
  const operation = operations.find(o => o.pattern.test(local));
  const name = `${method} ${local} -> ${status}`;
  const methods =
    operation && (spec.paths as Record<string, any>)[operation.template];
  const responses = methods?.[method.toLowerCase()]?.responses;
  if (!responses) {
    violations.push(`${name}: no such operation in openapi.yaml`);
    return;
  }
  const code = String(status);
  const documented =
    (responses[code] && code) ??
    (responses[`${code[0]}XX`] && `${code[0]}XX`) ??
    (responses.default && 'default');
  const schemaPath =
    documented && responses[documented]?.content?.['application/json']?.schema;
  if (!schemaPath) {
    if (status < 300)
      violations.push(`${name}: a JSON body the spec does not document`);
    return;
  }
  const validate = ajv.getSchema(
    `devex-openapi#/${pointer(
      'paths',
      operation!.template,
      method.toLowerCase(),
      'responses',
      documented,
      'content',
      'application/json',
      'schema',
    )}`,
  )!;
  if (!validate(JSON.parse(body))) {
    violations.push(
      `${name}: ${ajv.errorsText(validate.errors, { dataVar: 'response' })}`,
    );
  }
}

/** Records the JSON body of each response of `server` and checks it once it is sent. */
export function checkResponsesAgainstSpec(server: Server) {
  server.prependListener(
    'request',
    (req: IncomingMessage, res: ServerResponse) => {
      // read now: express rewrites req.url while it routes
      const { method = 'GET', url = '' } = req;
      const chunks: Buffer[] = [];
      const write = res.write.bind(res) as (...args: any[]) => boolean;
      const end = res.end.bind(res) as (...args: any[]) => ServerResponse;
      const keep = (chunk: unknown) => {
        if (chunk && typeof chunk !== 'function')
          chunks.push(Buffer.from(chunk as string));
      };
      res.write = ((chunk: unknown, ...rest: any[]) => {
        keep(chunk);
        return write(chunk, ...rest);
      }) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: any[]) => {
        keep(chunk);
        return end(chunk, ...rest);
      }) as typeof res.end;
      res.on('finish', () => {
        const type = String(res.getHeader('content-type') ?? '');
        if (!type.includes('application/json')) return;
        checkResponseBody(
          method,
          url,
          res.statusCode,
          Buffer.concat(chunks).toString('utf8'),
        );
      });
    },
  );
}
