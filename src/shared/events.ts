/** The `versus-*` events: all bubble and cross shadow roots, and are typed for every framework. */
import type { LoadFailureKind } from '../data/load.js';
import type { Problem } from '../data/types.js';

export interface VersusErrorDetail {
  /**
   * What failed: `url` (`src` is not a URL), `network`, `http` (see `status`), `parse` (not JSON),
   * `invalid` (see `problems`), or `config`, an attribute that does not fit the data (e.g. an
   * unknown subject id).
   */
  kind: LoadFailureKind | 'config';
  message: string;
  url?: string;
  status?: number;
  problems?: Problem[];
  /** The browser's or JSON parser's own words, when there are any. */
  reason?: string;
}
export interface VersusLoadDetail {
  /** The dataset's title. */
  title: string;
}
export interface VersusToggleDetail {
  id: string;
  open: boolean;
}
export interface VersusSearchDetail {
  query: string;
  matches: number;
}
export interface VersusFilterDetail {
  query: string;
  category: string;
  onlyDifferences: boolean;
  visible: number;
}
export interface VersusAnswerDetail {
  question: string;
  answer: string | string[] | null;
}
export interface VersusUseCaseDetail {
  /** The id of the project type chosen (`useCases[].id`). */
  useCase: string;
  /** The id of the subject it suggests. */
  subject: string;
}
export interface VersusRecommendDetail {
  /** The first of the leaders: the one recommended, unless it is a tie. */
  subject: string;
  /** Every subject with the top score (more than one on a tie, "either fits"). */
  leaders: string[];
  strength: 'clear-fit' | 'leaning' | 'either-fits';
  scores: Record<string, number>;
  reasons: { subject: string; text: string }[];
}

export interface VersusEventMap {
  'versus-error': CustomEvent<VersusErrorDetail>;
  'versus-load': CustomEvent<VersusLoadDetail>;
  'versus-toggle': CustomEvent<VersusToggleDetail>;
  'versus-search': CustomEvent<VersusSearchDetail>;
  'versus-filter': CustomEvent<VersusFilterDetail>;
  'versus-answer': CustomEvent<VersusAnswerDetail>;
  'versus-recommend': CustomEvent<VersusRecommendDetail>;
  'versus-use-case': CustomEvent<VersusUseCaseDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends VersusEventMap {}
}

type DetailOf<K extends keyof VersusEventMap> = VersusEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a bubbling, composed `versus-*` event from `target`. */
export function emit<K extends keyof VersusEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
