import { Button } from '@tarojs/components'

/**
 * WeChat's customer-service chat, opened from the intent: `sessionFrom` reaches the staff's
 * customer-service console, so they see which intent the investor writes about.
 */
export function ContactButton({ sessionFrom, label, className }: { sessionFrom: string; label: string; className?: string }) {
  return (
    <Button className={className} openType='contact' sessionFrom={sessionFrom} data-testid='concierge-chat'>
      {label}
    </Button>
  )
}
