import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/newtab.css';
import { App } from './App';

// The saved theme and the value statement are already on the page (newtab-paint.js). Let that frame
// reach the screen first, then render over the same nodes (Preact keeps them: no flash).
requestAnimationFrame(() => {
  setTimeout(() => render(<App />, document.getElementById('app') as HTMLElement), 0);
});
