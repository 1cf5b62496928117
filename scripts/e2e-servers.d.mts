export declare function e2eServers(env?: Record<string, string | undefined>): {
  sitePort: number;
  inboxPort: number;
  siteUrl: string;
  inboxOrigin: string;
  inboxDir: string;
};
