// Stand-in for the `server-only` marker in tests (see vitest.config.ts).
export {};
