import { Text, View } from '@tarojs/components'
import './index.css'

export type Choice = { value: string; label: string }

type Props = {
  /** names the group for tests and styling (`data-choice`) */
  name: string
  options: readonly Choice[]
  selected: readonly string[]
  onToggle: (value: string) => void
}

/** A wrapping group of tappable chips; the caller decides whether one or several may be chosen. */
export function ChoiceChips({ name, options, selected, onToggle }: Props) {
  return (
    <View className='choice-chips' data-choice-group={name}>
      {options.map((option) => {
        const on = selected.includes(option.value)
        return (
          <View
            key={option.value}
            className={`choice-chips__chip${on ? ' choice-chips__chip--selected' : ''}`}
            data-choice={name}
            data-value={option.value}
            data-selected={on ? 'true' : 'false'}
            hoverClass='choice-chips__chip--hover'
            onClick={() => onToggle(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
