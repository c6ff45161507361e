import { devexPlugin } from './plugin';

describe('devex', () => {
  it('should export plugin', () => {
    expect(devexPlugin).toBeDefined();
  });
});
