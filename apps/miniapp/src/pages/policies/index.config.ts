export default definePageConfig({
  // infinite scroll: ask for the next page a little before the end
  onReachBottomDistance: 200,
})
