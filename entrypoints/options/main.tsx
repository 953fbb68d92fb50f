import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/options.css';
import { englishAtStart } from '@/utils/pages/savedLanguage';
import { followLanguageLater, startLanguage } from '@/utils/pages/startLanguage';
import { showSavedTheme } from '@/utils/pages/theme';
import { App } from './App';

// The saved theme first, so the first frame has the right colours; then the page itself, in the
// person's language, which it follows while open.
showSavedTheme();
void startLanguage(englishAtStart()).then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  followLanguageLater();
});
