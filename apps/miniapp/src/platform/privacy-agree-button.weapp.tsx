import { Button } from '@tarojs/components'
import { PRIVACY_AGREE_BUTTON_ID } from './wechat-privacy'

type Props = { label: string; className?: string; disabled?: boolean; onAgree: () => void }

/**
 * The agree button is WeChat's own privacy-agreement button: the tap also records the agreement
 * to the mini-program's privacy guide, which WeChat checks before its privacy-related APIs.
 */
export function PrivacyAgreeButton({ label, className, disabled, onAgree }: Props) {
  return (
    <Button
      id={PRIVACY_AGREE_BUTTON_ID}
      className={className}
      openType='agreePrivacyAuthorization'
      disabled={disabled}
      data-testid='privacy-agree'
      onAgreePrivacyAuthorization={onAgree}
    >
      {label}
    </Button>
  )
}
