export declare const elements: Record<string, string>;
export declare const modules: Record<string, string>;
export declare const loader: { name: string; source: string };
export declare const standalone: Record<string, string>;
export declare const pages: { name: string; tags?: string[]; shared?: boolean; budget: number; design?: number; why?: string }[];
