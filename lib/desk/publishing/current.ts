/**
 * The running desk, set by startPublishing (./service.ts) and read by the API and the pages:
 * the desk server calls handleDeskApi / handleDeskPage with only the request and the user.
 */
import type { Desk } from './desk';

let running: Desk | undefined;

export const currentDesk = (): Desk | undefined => running;

export function setCurrentDesk(desk: Desk | undefined): void {
  running = desk;
}
