import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/options.css';
import { showSavedTheme } from '../../utils/pages/theme';
import { App } from './App';

showSavedTheme();
render(<App />, document.getElementById('app') as HTMLElement);
