import { Text, View } from '@tarojs/components'
import { useHeatmapTexts } from './use-heatmap-texts'

type Props = { onZoomIn: () => void; onZoomOut: () => void; onShowDistrict: () => void }

/** Zoom in, out and back to the whole district: the same buttons over either map. */
export function ZoomButtons({ onZoomIn, onZoomOut, onShowDistrict }: Props) {
  const { t } = useHeatmapTexts()
  return (
    <View className='heatmap-map__zoom'>
      <View id='heatmap-zoom-in' className='heatmap-map__zoom-button' aria-label={t('zoom.in')} hoverClass='heatmap-page__pressed' onClick={onZoomIn}>
        <Text>+</Text>
      </View>
      <View id='heatmap-zoom-out' className='heatmap-map__zoom-button' aria-label={t('zoom.out')} hoverClass='heatmap-page__pressed' onClick={onZoomOut}>
        <Text>−</Text>
      </View>
      <View id='heatmap-zoom-reset' className='heatmap-map__zoom-button heatmap-map__zoom-button--text' hoverClass='heatmap-page__pressed' onClick={onShowDistrict}>
        <Text>{t('zoom.reset')}</Text>
      </View>
    </View>
  )
}
