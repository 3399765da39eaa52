export declare const entries: Record<string, { source: string; budget: number | null }>;
