import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { withWords } from '@/utils/copy/lang/words';

/**
 * A view whose code is loaded only when it is first shown (the Options page's start-up JavaScript
 * stays within its 60 KB gzip budget, so the review, its charts and the summary load on demand).
 * Until it arrives, a calm line; once loaded, it renders at once every later time.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyView(props: P) {
    const [, setReady] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      // The view's own words arrive in the person's language before it shows.
      loading ??= load()
        .then(withWords)
        .then((view) => {
          loaded = view;
          return view;
        });
      loading.then(
        () => live && setReady((n) => n + 1),
        () => {
          loading = null; // a later visit tries again
        },
      );
      return () => {
        live = false;
      };
    }, []);
    const View = loaded;
    return View ? <View {...props} /> : <p class="soft">{copy.options.loading}</p>;
  };
}
