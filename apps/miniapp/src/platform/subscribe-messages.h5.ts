/** A web page cannot receive WeChat subscribe messages: the offer is not shown. */
export const SUBSCRIBE_MESSAGES = false

export function requestSubscribeMessages(_templateIds: readonly string[]): Promise<string[]> {
  return Promise.resolve([])
}
