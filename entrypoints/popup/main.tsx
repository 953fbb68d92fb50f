import { hydrate } from 'preact';
import '@/assets/theme.css';
import '@/assets/popup.css';
import { showSavedTheme } from '@/utils/pages/theme';
import { App } from './App';

showSavedTheme();
// popup.html already holds the first frame, rendered at build time: attach to it.
hydrate(<App />, document.getElementById('app') as HTMLElement);
