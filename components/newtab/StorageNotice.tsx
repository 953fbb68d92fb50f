import { StorageProblem } from '@/components/shared/StorageProblem';

/**
 * The storage problem as the new tab shows it: loaded with `import()` only on the rare day its
 * storage cannot open, so its long sentence never weighs on the start-up (12 KB budget). A module
 * of the new tab's own, so the shared component stays a plain static import everywhere else.
 */
export function StorageNotice() {
  return <StorageProblem />;
}
