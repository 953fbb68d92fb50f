import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/newtab.css';
import { ENGLISH } from '@/utils/pages/newtab/paintScriptFile';
import { followLanguageLater, startLanguage } from '@/utils/pages/startLanguage';
import { App } from './App';

// The saved theme and the value statement are already on screen: newtab-paint.js drew them, then
// started this module after that first frame (modules/module-script-last.ts). Preact renders over the same
// nodes, so nothing flashes. The words are in the person's language first; the page then follows
// a change of language while it is open. The paint script marks the page when its words are the
// English as written (`englishAtStart`), so this module need not read the setting itself.
void startLanguage(ENGLISH in document.documentElement.dataset).then(() => {
  render(<App />, document.getElementById('app') as HTMLElement);
  followLanguageLater();
});
