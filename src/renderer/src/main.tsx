import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { windowService } from './service/briefingService';
import { App } from './App';
import './styles/fonts';
import './styles/tokens.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App service={windowService()} />
  </StrictMode>,
);
