import { View } from '@tarojs/components'
import { ComingSoon } from '../../components/coming-soon'
import { usePageChrome } from '../../hooks/use-page-chrome'
import './index.css'

export default function HeatmapPage() {
  usePageChrome({ titleKey: 'feature.heatmap' })
  return (
    <View id='heatmap' className='heatmap-page'>
      <ComingSoon feature='heatmap' />
    </View>
  )
}
