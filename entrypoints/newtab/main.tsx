import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/newtab.css';
import { applyTheme, savedTheme } from '../../utils/theme';
import { App } from './App';

applyTheme(savedTheme());
// Renders over the nodes the paint script already filled; Preact keeps them (no flash).
render(<App />, document.getElementById('app') as HTMLElement);
