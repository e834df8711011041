/**
 * The push webhook's one address. The desk's gate answers exactly this spelling, POST only,
 * without a session (lib/desk/server/gate.ts); every other spelling goes through the gate as usual.
 */
export const FOLLOW_HOOK_PATH = '/api/desk/pushes/hook';
