// Loaded once the test framework is in place, so Testing Library registers its cleanup after each test.
import { configure } from '@testing-library/react'

// findBy* and waitFor wait for what the investor would see (a fake server's answer rendered); on
// two cores shared with other suites that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 })
