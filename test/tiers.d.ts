// Types for test/tiers.js (CommonJS: jest.config.js reads it before any TypeScript runs).
export type Tier = 'unit' | 'integration' | 'e2e' | 'quality';
export declare const TIERS: readonly Tier[];
/** The tier of one test file (absolute path). */
export declare function tierOf(file: string): Tier;
/** Every test file under test/ by tier (absolute paths). */
export declare function filesByTier(): Record<Tier, string[]>;
