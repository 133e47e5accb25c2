import { NotFound } from '../../components/not-found'
import { PageFrame } from '../../components/page-frame'
import { useTranslation } from '../../i18n'

/** Where the app sends a link to a page it does not have (an old share card, a mistyped address). */
export default function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <PageFrame title={t('notFound.title')}>
      <NotFound what='page' />
    </PageFrame>
  )
}
