import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { I18nProvider } from '../src/i18n'
import { createInvestorApiClient } from '@zhaoshang/api-client'
import type { Language } from '@zhaoshang/i18n'
import { createI18n } from '../src/i18n'
import { ApiContext } from '../src/services/api-context'
import { currentLanguage } from '../src/services/language'
import type { FakeServer } from './fake-server'

/** Renders a page as the app does: i18n and an API client, here over the fake server's wire. */
export function renderWithApp(ui: ReactElement, { language, server }: { language: Language; server: FakeServer }) {
  const i18n = createI18n(language)
  const client = createInvestorApiClient({ baseUrl: '', transport: server.transport, getLanguage: () => currentLanguage(i18n) })
  const result = render(
    <I18nProvider i18n={i18n}>
      <ApiContext.Provider value={client}>{ui}</ApiContext.Provider>
    </I18nProvider>,
  )
  return { ...result, i18n }
}
