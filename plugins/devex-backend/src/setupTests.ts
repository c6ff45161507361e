import { takeResponseViolations } from './__testUtils__/responseSchemas';

// A response that drifts from openapi.yaml fails the test that received it.
afterEach(() => {
  const violations = takeResponseViolations();
  if (violations.length) {
    throw new Error(
      `Responses that do not match openapi.yaml:\n${violations.join('\n')}`,
    );
  }
});
