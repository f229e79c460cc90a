import type { Model } from '../lib/model/model.ts';
import type { Lang } from '../lib/model/types.ts';
import type { Messages } from '../lib/i18n/index.ts';
import type { UrlState } from '../lib/url.ts';
import type { DataState } from '../lib/data-state.ts';
import type { ThemeChoice } from '../lib/state/theme.svelte.ts';

/** What App.svelte hands every view. */
export interface ViewProps {
  model: Model;
  lang: Lang;
  t: Messages;
  url: UrlState;
  selectedId: string | null;
  /** Selects an event (null clears), writes #event=<id> and announces the change. */
  onselect: (id: string | null) => void;
  /** Loading another dataset (the explorer's header mounts DataLoader with these); absent where a view offers none. */
  data?: DataProps;
  /**
   * The reader searches: search looks through both languages, so the shipped dataset, which has
   * only the page's language at first, loads the other one (App.svelte).
   */
  onsearch?: () => void;
  /** The colour scheme the reader chose; views with a theme switch change it. */
  theme?: ThemeChoice;
}

/** What DataLoader needs: the data state, and how to start a load, cancel it or put away a failed one. */
export interface DataProps {
  lang: Lang;
  current: DataState;
  /** Loads the first of the files chosen or dropped (and says so when there were more). */
  open: (files: File[]) => void;
  cancel: () => void;
  ondismiss: () => void;
}
