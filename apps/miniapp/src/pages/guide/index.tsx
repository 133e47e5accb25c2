import { View } from '@tarojs/components'
import { ComingSoon } from '../../components/coming-soon'
import { usePageChrome } from '../../hooks/use-page-chrome'
import './index.css'

export default function GuidePage() {
  usePageChrome({ titleKey: 'feature.guide' })
  return (
    <View id='guide' className='guide-page'>
      <ComingSoon feature='guide' />
    </View>
  )
}
