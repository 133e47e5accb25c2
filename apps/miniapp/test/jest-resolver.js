const path = require('node:path')

// Some files inside @tarojs/components-react import View/ScrollView from '@tarojs/components'.
// The moduleNameMapper turns that into a self-import of components-react, which fails under
// CommonJS ("Cannot access '_index10' before initialization"). Only for imports made from
// inside components-react, point it at a module that re-exports the two components directly.
const shim = path.join(__dirname, 'taro-components-shim.js')
const insideComponentsReact = /[\\/]@tarojs[\\/]components-react[\\/]/

module.exports = (request, options) => {
  if ((request === '@tarojs/components' || request === '@tarojs/components-react') && insideComponentsReact.test(options.basedir)) {
    return shim
  }
  return options.defaultResolver(request, options)
}
