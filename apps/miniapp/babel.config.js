// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// The mini-program runs on the phone's own JS engine (JavaScriptCore on iOS: WeChat supports
// iOS 12+, which lacks `?.`, `??` and class fields), so weapp builds target it explicitly
// instead of the modern browserslist in package.json that the H5 build follows.
const weappTargets = { ios: '12', chrome: '66' }

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: weappTargets } : {}),
      },
    ],
  ],
}
