import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom does not scroll; the window virtualiser writes back the offset it read (e.g. Aftalevisning's table).
window.scrollTo = () => undefined;
