import type { Server } from 'node:http';

export declare function startInbox(options?: {
  port?: number;
  host?: string;
  dir?: string;
  optionsFile?: string;
  log?: (message: string) => void;
}): Promise<{ server: Server; origin: string; url: string; file: string }>;
