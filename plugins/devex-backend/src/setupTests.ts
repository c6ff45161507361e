import { takeResponseViolations } from './__testUtils__/responseSchemas';
import { stopDevexBackends } from './__testUtils__/startDevexBackend';

// A response that drifts from openapi.yaml fails the test that received it.
afterEach(async () => {
  await stopDevexBackends();
  const violations = takeResponseViolations();
  if (violations.length) {
    throw new Error(
      `Responses that do not match openapi.yaml:\n${violations.join('\n')}`,
    );
  }
});
