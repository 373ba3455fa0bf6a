export declare const BUCKET: string;
export declare function turnIntoBucket<T>(crashes: readonly T[], generator: { generate(crash: never): { signature: string } }, size?: number): unknown[];
