import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/options.css';
import { showSavedTheme } from '@/utils/pages/theme';
import { App } from './App';

// The saved theme first, so the first frame has the right colours; then the page itself.
showSavedTheme();
render(<App />, document.getElementById('app') as HTMLElement);
