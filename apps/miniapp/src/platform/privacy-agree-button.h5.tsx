import { Text, View } from '@tarojs/components'
import { PRIVACY_AGREE_BUTTON_ID } from './wechat-privacy'

type Props = { label: string; className?: string; disabled?: boolean; onAgree: () => void }

/** On the web the agreement is ours alone: a plain button. */
export function PrivacyAgreeButton({ label, className, disabled, onAgree }: Props) {
  return (
    <View
      id={PRIVACY_AGREE_BUTTON_ID}
      className={className}
      data-testid='privacy-agree'
      data-disabled={disabled ? 'true' : 'false'}
      hoverClass='button--pressed'
      onClick={() => {
        if (!disabled) onAgree()
      }}
    >
      <Text>{label}</Text>
    </View>
  )
}
