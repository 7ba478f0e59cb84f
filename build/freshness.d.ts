// Types for build/freshness.js (plain CommonJS so it runs before anything is built).
export declare const BUILD_INFO: string;
/** Why dist/ must be built again, or undefined when it is up to date with what it was built from. */
export declare function staleReason(root: string): string | undefined;
