import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/newtab.css';
import { App } from './App';

// The saved theme and the value statement are already on screen: newtab-paint.js drew them, then
// started this module after that first frame (modules/module-script-last.ts). Preact renders over the same
// nodes, so nothing flashes.
render(<App />, document.getElementById('app') as HTMLElement);
