import type { Payload } from 'payload'
export const seedDemoIfEmpty = async (_payload: Payload): Promise<void> => {}
