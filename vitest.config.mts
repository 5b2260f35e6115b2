import { defineConfig } from 'vitest/config';

// Dates must not depend on the machine's zone: every worker runs in Amsterdam time.
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Amsterdam' },
    reporters: ['default'],
  },
});
