// Loaded once the test framework is in place, so Testing Library registers its cleanup after each test.
import { configure } from '@testing-library/react';

// First render of a lazy antd page (Table, Form) takes 1-3 s of CPU in jsdom when two suites share
// the two cores; findBy* waits for what the user would see, so give it the time a slow machine needs.
configure({ asyncUtilTimeout: 5_000 });
