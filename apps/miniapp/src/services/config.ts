import { parseConfig, type AppConfig } from '../../config/app-config'

export { parseConfig, type AppConfig } from '../../config/app-config'

// Written out in full: the bundler replaces these exact expressions at build time.
export const appConfig: AppConfig = parseConfig({ TARO_APP_API_BASE: process.env.TARO_APP_API_BASE }, process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5')
