import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/index';
import './styles/app.css';

// Under the strict CSP zod must not compile validators with `new Function` (docs/architecture.md §11).
z.config({ jitless: true });

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
