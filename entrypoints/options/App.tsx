import { useEffect, useRef, useState } from 'preact/hooks';
import { lazyView } from '@/components/options/LazyView';
import { StepsPanel } from '@/components/options/steps/StepsPanel';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { useSyncReach } from '@/hooks/useSyncOn';
import { copy } from '@/utils/copy';
import { listValues } from '@/utils/doors/plan';
import { getSettings } from '@/utils/doors/settings';
import {
  NAV_ROUTES,
  type OptionsRoute,
  resolveRoute,
  routeFromHash,
} from '@/utils/model/optionsRoute';
import { applyTheme } from '@/utils/pages/theme';

// Views not open at start load on demand (start-up JavaScript within its 60 KB gzip budget).
const DataPanel = lazyView(() =>
  import('@/components/options/data/DataPanel').then((m) => m.DataPanel),
);
const HelpPanel = lazyView(() =>
  import('@/components/options/help/HelpPanel').then((m) => m.HelpPanel),
);
const SettingsPanel = lazyView(() =>
  import('@/components/options/settings/SettingsPanel').then((m) => m.SettingsPanel),
);
const Welcome = lazyView(() =>
  import('@/components/options/welcome/Welcome').then((m) => m.Welcome),
);
const HistoryPanel = lazyView(() =>
  import('@/components/options/history/HistoryPanel').then((m) => m.HistoryPanel),
);
const ReviewPanel = lazyView(() =>
  import('@/components/options/review/ReviewPanel').then((m) => m.ReviewPanel),
);
const HardDaysPanel = lazyView(() =>
  import('@/components/options/hardDays/HardDaysPanel').then((m) => m.HardDaysPanel),
);
const SummaryPanel = lazyView(() =>
  import('@/components/options/review/SummaryPanel').then((m) => m.SummaryPanel),
);

/**
 * The options page: a nav, the view the hash names (`#welcome`, `#steps`, `#review`,
 * `#settings`, `#data`, `#help`, `#hard-days`), and a footer with crisis support on every view.
 * With no hash, a first-time visitor gets the welcome and everyone else their steps.
 */
export function App() {
  const [route, setRoute] = useState<OptionsRoute | null>(() => routeFromHash(location.hash));
  const values = useLive(listValues);
  const settings = useLive(getSettings);
  // The footer's privacy line says what travels once sync is on (the door loads after start).
  const reach = useSyncReach();
  const heading = useRef<HTMLHeadingElement | null>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onHash = () => {
      moved.current = true;
      setRoute(routeFromHash(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // The stored theme wins over the copy in localStorage (another browser profile, an import).
  const theme = settings.status === 'ready' ? settings.data.theme : undefined;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  const hasValues =
    values.status === 'ready'
      ? values.data.length > 0
      : values.status === 'error'
        ? true
        : undefined;
  const view = resolveRoute(route, hasValues);

  // The tab strip's words, after every render: a switch of language re-renders the page.
  useEffect(() => {
    document.title = copy.options.title(view === 'loading' ? '' : copy.options.nav[view]);
  });

  useEffect(() => {
    // Pin the first-run default to its hash, so saving the first value does not swap the view.
    if (route === null && view !== 'loading') {
      history.replaceState(null, '', `#${view}`);
      setRoute(view);
    }
    // After moving between views, start reading at the new view's heading; a view still
    // loading its code takes the focus when its heading arrives (`headingRef`).
    if (moved.current && view !== 'loading' && heading.current) {
      moved.current = false;
      heading.current.focus();
    }
  }, [view]);

  const headingRef = (el: HTMLHeadingElement | null) => {
    heading.current = el;
    if (el && moved.current) {
      moved.current = false;
      el.focus();
    }
  };

  return (
    <div class="options">
      <header class="top">
        <div class="brand">
          <img src="/icon/48.png" alt="" width={32} height={32} />
          <div>
            <h1>{copy.app.name}</h1>
            <p class="tagline soft">{copy.options.tagline}</p>
          </div>
        </div>
        <nav aria-label={copy.options.navLabel}>
          <ul class="nav-list">
            {NAV_ROUTES.map((r) => (
              <li key={r}>
                <a href={`#${r}`} aria-current={view === r ? 'page' : undefined}>
                  {copy.options.nav[r]}
                </a>
              </li>
            ))}
          </ul>
          <a class="crisis-link" href="#help">
            {copy.crisis.title}
          </a>
        </nav>
      </header>
      <main class="content">
        {/* The other views say so themselves when storage cannot be read. */}
        {values.status === 'error' && view === 'welcome' && <StorageProblem />}
        {view === 'loading' && <p class="soft">{copy.options.loading}</p>}
        {view === 'welcome' && <Welcome values={values.data ?? []} headingRef={headingRef} />}
        {view === 'steps' && <StepsPanel headingRef={headingRef} />}
        {view === 'review' && <ReviewPanel headingRef={headingRef} />}
        {view === 'history' && <HistoryPanel headingRef={headingRef} />}
        {view === 'settings' && <SettingsPanel headingRef={headingRef} />}
        {view === 'data' && <DataPanel headingRef={headingRef} />}
        {view === 'help' && <HelpPanel headingRef={headingRef} />}
        {view === 'summary' && <SummaryPanel headingRef={headingRef} />}
        {view === 'hard-days' && <HardDaysPanel headingRef={headingRef} />}
      </main>
      <footer class="bottom">
        <p>
          {copy.options.crisisLine}{' '}
          <a href={copy.crisis.url} target="_blank" rel="noopener noreferrer">
            {copy.crisis.linkText}
          </a>
          . <a href="#help">{copy.links.help}</a>
        </p>
        <p class="soft">{copy.options.sync.privacyFor(reach, copy.options.privacy)}</p>
      </footer>
    </div>
  );
}
