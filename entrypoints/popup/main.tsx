import { hydrate } from 'preact';
import '@/assets/theme.css';
import '@/assets/popup.css';
import type { WordsLanguage } from '@/utils/model/language';
import { followLanguageLater } from '@/utils/pages/startLanguage';
import { showSavedTheme } from '@/utils/pages/theme';
import { App } from './App';

showSavedTheme();
// The page already holds the first frame, rendered at build time in one language (popup.html in
// English, popup-<lang>.html in each other), which the worker names with `action.setPopup` when
// the language changes: attach to it in that language. Should the person's language have changed
// since, the page follows it a moment later, like every open page.
const root = document.getElementById('app') as HTMLElement;
const built = (root.dataset.lang ?? 'en') as WordsLanguage;
const words =
  built === 'en'
    ? Promise.resolve()
    : import('@/utils/copy/lang/switch').then((m) => m.setLanguage(built, 'en'));
void words.then(() => {
  hydrate(<App />, root);
  followLanguageLater();
});
