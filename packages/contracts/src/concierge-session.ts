// Apart from concierges.ts so the concierge card (main package) does not load the schemas.

/**
 * What the WeChat customer-service button sends as `session-from`: which investor writes to
 * which concierge, and about which intent, so the staff's console can file the chat with the lead.
 */
export function conciergeSessionFrom({ investorId, conciergeId, intentId }: { investorId: number | null; conciergeId: number; intentId: number | null }): string {
  return ['zs', `investor=${investorId ?? '-'}`, `concierge=${conciergeId}`, `intent=${intentId ?? '-'}`].join(';');
}
