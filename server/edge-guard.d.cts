/** Types of edge-guard.cjs, for the tests. */
import type * as http from 'node:http';

export const LIMITS: Readonly<{ maxBodyBytes: number; headersTimeoutMs: number; requestTimeoutMs: number; connectionsCheckingIntervalMs: number }>;
export const SERVER_OPTIONS: Readonly<{ headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number }>;
export function guardRequest(req: http.IncomingMessage, res: http.ServerResponse): boolean;
export function guarded<L extends (req: http.IncomingMessage, res: http.ServerResponse) => unknown>(listener: L): L;
export function installEdgeGuard(httpModule?: typeof http): void;
