import type { Model } from '../lib/model/model.ts';
import type { Lang } from '../lib/model/types.ts';
import type { Messages } from '../lib/i18n/index.ts';
import type { UrlState } from '../lib/url.ts';

/** What App.svelte hands every view. */
export interface ViewProps {
  model: Model;
  lang: Lang;
  t: Messages;
  url: UrlState;
  selectedId: string | null;
  /** Selects an event (null clears), writes #event=<id> and announces the change. */
  onselect: (id: string | null) => void;
}
