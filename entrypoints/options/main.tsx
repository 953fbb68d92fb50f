import { render } from 'preact';
import '../../assets/theme.css';
import '../../assets/options.css';
import { applyTheme, savedTheme } from '../../utils/theme';
import { App } from './App';

applyTheme(savedTheme());
render(<App />, document.getElementById('app') as HTMLElement);
