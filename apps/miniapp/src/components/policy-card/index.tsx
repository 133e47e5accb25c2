import type { PropsWithChildren } from 'react'
import { Text, View } from '@tarojs/components'
import type { PolicySummary } from '@zhaoshang/contracts'
import { useTranslation } from '../../i18n'
import { maxAmountLabel, validityLabel, validityState } from '../../services/format'
import { FallbackNote } from '../fallback-note'
import './index.css'

type Props = PropsWithChildren<{ policy: PolicySummary; onOpen: (id: number) => void; className?: string }>

/** One policy in a list: category, title, summary, maximum amount and validity; opens the detail. */
export function PolicyCard({ policy, onOpen, className, children }: Props) {
  const { t } = useTranslation()
  const amount = maxAmountLabel(policy.maxAmount, t)
  const expired = validityState(policy) === 'expired'
  return (
    <View
      className={`policy-card${className ? ` ${className}` : ''}`}
      data-policy-id={policy.id}
      hoverClass='policy-card--hover'
      onClick={() => onOpen(policy.id)}
    >
      <View className='policy-card__tags'>
        <Text className='policy-card__category'>{policy.category.name}</Text>
        <Text className={`policy-card__validity${expired ? ' policy-card__validity--expired' : ''}`} data-validity={expired ? 'expired' : 'valid'}>
          {validityLabel(policy, t)}
        </Text>
      </View>
      <Text className='policy-card__title'>{policy.title}</Text>
      {policy.summary && <Text className='policy-card__summary'>{policy.summary}</Text>}
      {amount && <Text className='policy-card__amount'>{amount}</Text>}
      {policy.fallback && <FallbackNote language={policy.language} />}
      {children}
    </View>
  )
}
