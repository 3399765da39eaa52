// The published entry points: dist file name → source file. Read by vite.config.ts
// (the builds), scripts/build.mjs and scripts/size.mjs (the size table and budgets).
export const entries = {
  omnikpi: { source: 'src/index.ts', budget: 45_000 },
  'kpi-nps-gauge': { source: 'src/kpi-nps-gauge.ts', budget: 25_000 },
  'kpi-channel-csat': { source: 'src/kpi-channel-csat.ts', budget: 25_000 },
  'kpi-survey': { source: 'src/kpi-survey.ts', budget: 20_000 },
  engine: { source: 'src/engine/index.ts', budget: null },
};
