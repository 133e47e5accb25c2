import { Text, View } from '@tarojs/components'
import './index.css'

type Props = { id?: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }

/** An on/off row that looks and behaves the same in WeChat and in a browser. */
export function Toggle({ id, label, hint, checked, onChange }: Props) {
  return (
    <View id={id} className={`toggle${checked ? ' toggle--on' : ''}`} data-checked={checked ? 'true' : 'false'} onClick={() => onChange(!checked)}>
      <View className='toggle__text'>
        <Text className='toggle__label'>{label}</Text>
        {hint && <Text className='toggle__hint'>{hint}</Text>}
      </View>
      <View className='toggle__track'>
        <View className='toggle__knob' />
      </View>
    </View>
  )
}
