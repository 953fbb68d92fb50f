import { type ColdSample, type ColdTarget, coldFirstTab } from './cold';
import { COPY, LAUNCHES, PEER_COPY, PROFILE_LABEL, PROFILES, STATIC_NEWTAB } from './config';
import { goal, grid, ms, x } from './format';
import type { PeerSource } from './peer';
import { type Stats, stats } from './stats';

/**
 * The cold rows of `npm run bench`: the first new tab after a browser start for both Footholds
 * profiles, the peer and the static new tab, launched in turns (see `coldFirstTab` for one
 * launch), and the table section that prints them.
 */

/** Every cold target's figures, with its samples. */
export interface ColdResult {
  launches: number;
  targets: {
    key: string;
    label: string;
    main: Stats;
    fcp: Stats;
    fromLaunch: Stats;
    /** Median main-element paint ÷ the static page's. */
    overStatic: number;
    /** Launches where `chrome://newtab/` did not show the extension's page. */
    notOverridden: number;
    samples: ColdSample[];
  }[];
}

/** What the cold rows launch: both Footholds profiles, the peer (if any) and the static page. */
export function coldTargets(
  profiles: Record<string, string>,
  peer: PeerSource | null,
): ColdTarget[] {
  return [
    ...PROFILES.map(
      (profile): ColdTarget => ({
        key: profile,
        label: `Footholds (${PROFILE_LABEL[profile]})`,
        profile: profiles[profile],
        extensionDir: COPY,
        main: 'element',
      }),
    ),
    ...(peer
      ? [
          {
            key: 'peer',
            label: `${peer.name} ${peer.version}`,
            profile: profiles.peer,
            extensionDir: PEER_COPY,
            main: 'lcp' as const,
          },
        ]
      : []),
    {
      key: 'static',
      label: 'static page (idle worker)',
      profile: profiles.static,
      extensionDir: STATIC_NEWTAB,
      main: 'element',
    },
  ];
}

/**
 * Cold launches: round after round, each target launched once, in an order rotated every round
 * so none always follows the same one. The first round is not counted (the first launch after
 * the warm sections reads files the others then find cached).
 */
export async function coldLaunches(targets: ColdTarget[]): Promise<ColdResult> {
  const samples: Record<string, ColdSample[]> = {};
  for (const t of targets) samples[t.key] = [];
  for (let round = 0; round <= LAUNCHES; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]);
    for (const target of order) {
      const sample = await coldFirstTab(target);
      if (round > 0) samples[target.key].push(sample);
    }
  }
  const pick = (list: ColdSample[], f: (s: ColdSample) => number | null) =>
    stats(list.map(f).filter((v): v is number => v !== null));
  const staticMain = pick(samples.static, (s) => s.main).median;
  return {
    launches: LAUNCHES,
    targets: targets.map((t) => {
      const main = pick(samples[t.key], (s) => s.main);
      return {
        key: t.key,
        label: t.label,
        main,
        fcp: pick(samples[t.key], (s) => s.fcp),
        fromLaunch: pick(samples[t.key], (s) => s.fromLaunch),
        overStatic: main.median / staticMain,
        notOverridden: samples[t.key].filter((s) => !s.overridden).length,
        samples: samples[t.key],
      };
    }),
  };
}

/** The table's FIRST NEW TAB AFTER A BROWSER START section. */
export function coldLines(cold: ColdResult): string[] {
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `FIRST NEW TAB AFTER A BROWSER START (cold) · ${cold.launches} launches each, interleaved · main element painted, from navigation start`,
  );
  const rows: string[][] = [
    ['extension', 'median', 'p95', 'FCP', 'from launch', '÷ static', 'goal'],
  ];
  for (const t of cold.targets) {
    const footholds = t.key === 'empty' || t.key === 'fiveYears';
    const missed = t.notOverridden
      ? ` (${t.notOverridden} launches showed the browser's page)`
      : '';
    rows.push([
      t.label + missed,
      ms(t.main.median),
      ms(t.main.p95),
      ms(t.fcp.median),
      ms(t.fromLaunch.median),
      t.key === 'static' ? '(limit)' : x(t.overStatic),
      footholds ? goal(t.overStatic <= 1.2, '≤ 1.2×') : '',
    ]);
  }
  lines.push(...grid(rows));
  return lines;
}
