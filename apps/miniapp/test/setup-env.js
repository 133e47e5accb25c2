// Taro's runtime and components pick their H5 code paths from this.
process.env.TARO_ENV = 'h5'
