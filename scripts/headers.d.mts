export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}
export declare function parseHeaders(text: string): HeaderRule[];
export declare function patternMatches(pattern: string, pathname: string): boolean;
export declare function headersFor(rules: HeaderRule[], pathname: string): Record<string, string>;
