import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { windowService } from './service/briefingService';
import { App } from './App';
import { askFirstScreenEarly } from './store/earlyFirstScreen';
import { followTheme } from './ui/theme';
import './styles/fonts';
import './styles/tokens.css';
import './styles/app.css';

// Before the first paint, so a dark system never flashes the light theme while the library loads.
followTheme('system');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const service = windowService();
askFirstScreenEarly(service);
createRoot(root).render(
  <StrictMode>
    <App service={service} />
  </StrictMode>,
);
