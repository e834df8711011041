/** Types of args.js (plain JavaScript: the production server runs with node alone). */
export interface ServerArgs {
  port: number;
  hostname: string | undefined;
  keepAliveTimeout: number | undefined;
}
export declare function serverArgs(argv: string[], env: Record<string, string | undefined>): ServerArgs;
