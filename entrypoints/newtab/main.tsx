import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/newtab.css';
import { applyTheme, savedTheme } from '../../utils/theme';
import { App } from './App';

applyTheme(savedTheme());
// The value statement is already painted from the snapshot (newtab-paint.js). Let that frame
// reach the screen first, then render over the same nodes (Preact keeps them: no flash).
requestAnimationFrame(() => {
  setTimeout(() => render(<App />, document.getElementById('app') as HTMLElement), 0);
});
