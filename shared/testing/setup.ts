import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom does not scroll; the window virtualiser writes back the offset it read (e.g. Aftalevisning's table).
// Tests in the node environment (domain rules against the mock API) have no window.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
