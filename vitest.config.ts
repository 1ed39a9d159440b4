import { defineConfig } from 'vitest/config'

/**
 * Unit tests run on their own; the integration suite runs once per real database, each leg in its own
 * project so its workers build the CMS on that database. MongoDB runs only where MONGODB_URL points
 * at a real server (none can be installed on our machines); without it the leg is skipped, loudly.
 */
const mongoUrl = process.env.MONGODB_URL
if (!mongoUrl) {
  console.warn(
    '\n[tests] MongoDB leg SKIPPED: MONGODB_URL is not set. No MongoDB server can be installed here ' +
      '(not in Debian, downloads unreachable); set MONGODB_URL=mongodb://host:27017 to run the integration suite on it.\n',
  )
}

const integration = (database: 'sqlite' | 'postgres' | 'mongodb') => ({
  extends: true as const,
  test: {
    name: `int:${database}`,
    include: ['tests/int/**/*.int.test.ts'],
    env: { TEST_DATABASE: database },
    globalSetup: database === 'postgres' ? ['tests/int/support/postgresServer.ts'] : [],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig({
  test: {
    env: { PAYLOAD_SECRET: 'test-secret-not-for-production', LOG_LEVEL: 'error' },
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('sqlite'),
      integration('postgres'),
      ...(mongoUrl ? [integration('mongodb')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/support/adminBuild.ts'],
          // the files share cms/.next and site/dist, so they run one after the other
          fileParallelism: false,
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
})
