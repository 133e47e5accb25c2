// `@tarojs/components` in tests: the React H5 implementations, except Textarea, which Taro ships
// only as a Stencil web component that jsdom cannot run. The stand-in is a plain <textarea>
// that reports input the way Taro does (`event.detail.value`).
const React = require('react')
const actual = require('@tarojs/components-react')

function Textarea(props) {
  const { value, onInput, maxlength, placeholder, autoHeight: _autoHeight, placeholderClass: _placeholderClass, ...rest } = props
  return React.createElement('textarea', {
    ...rest,
    value: value ?? '',
    placeholder,
    maxLength: maxlength,
    onChange: (event) => onInput && onInput({ type: 'input', detail: { value: event.target.value }, target: event.target }),
  })
}

module.exports = Object.assign({}, actual, { __esModule: true, Textarea })
