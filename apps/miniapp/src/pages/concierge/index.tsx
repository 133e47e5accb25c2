import { View } from '@tarojs/components'
import { ComingSoon } from '../../components/coming-soon'
import { usePageChrome } from '../../hooks/use-page-chrome'
import './index.css'

export default function ConciergePage() {
  usePageChrome({ titleKey: 'feature.concierge', tab: true })
  return (
    <View id='concierge' className='concierge-page'>
      <ComingSoon feature='concierge' />
    </View>
  )
}
