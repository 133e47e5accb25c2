/** WeChat's customer-service chat exists only inside WeChat; the web page offers call and message instead. */
export function ContactButton(_props: { sessionFrom: string; label: string; className?: string }) {
  return null
}
