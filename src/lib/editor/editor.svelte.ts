/**
 * The editor's state: the dataset under undo/redo, what is selected (an event, an article, a span
 * of text being cited), and what validation and the preview make of the dataset. Components call
 * its methods; none of them writes the dataset directly.
 */
import { validateDataset, type ValidationResult } from '../model/validate.ts';
import type { DateSpec, SourceRef } from '../model/types.ts';
import { History } from './history.svelte.ts';
import { complete } from './complete.ts';
import { previewModel } from './preview.ts';
import { addEvent, addSource, blankDoc, type Doc } from './doc.ts';
import { quoteOf, trimSpan, type Span } from './quote.ts';
import { Autosave, type SaveState } from './autosave.ts';
import { dateFrom, fallbackDate, suggestionsFor, type DateSuggestion } from './dates.ts';

export class Editor {
  readonly history = new History<Doc>(blankDoc());
  eventId = $state<string | null>(null);
  articleId = $state<string | null>(null);
  span = $state.raw<Span | null>(null);
  saveState = $state<SaveState | null>(null);

  readonly doc = $derived.by(() => this.history.current);
  readonly validation: ValidationResult = $derived(validateDataset(complete(this.history.current)));
  readonly preview = $derived(previewModel(this.history.current));
  readonly event = $derived(this.history.current.events.find((e) => e.id === this.eventId) ?? null);
  readonly article = $derived(this.history.current.articles.find((a) => a.id === this.articleId) ?? this.history.current.articles[0] ?? null);
  /** The words chosen in the article, exactly as they stand there. */
  readonly quote = $derived(this.span && this.article && this.span.article === this.article.id ? quoteOf(this.article, this.span) : null);
  readonly suggestions: DateSuggestion[] = $derived(this.quote && this.article ? suggestionsFor(this.quote, this.article.published.date, this.article.language) : []);

  constructor(
    initial: Doc,
    private readonly autosave: Autosave<Doc>
  ) {
    this.history.reset(initial);
  }

  /** Every change goes through here: it is recorded for undo and saved where storage allows. */
  change(next: Doc, group: string | null = null): void {
    this.history.push(next, group);
    this.save();
  }

  save(): void {
    this.saveState = this.autosave.save(this.history.current);
  }

  /** A new starting point (blank, a copy, an opened file): history starts over. */
  replace(doc: Doc): void {
    this.history.reset(doc);
    this.eventId = null;
    this.articleId = doc.articles[0]?.id ?? null;
    this.span = null;
    this.save();
  }

  undo(): void {
    if (this.history.undo()) this.afterTravel();
  }
  redo(): void {
    if (this.history.redo()) this.afterTravel();
  }
  private afterTravel() {
    if (this.eventId && !this.history.current.events.some((e) => e.id === this.eventId)) this.eventId = null;
    if (this.span && !this.history.current.articles.some((a) => a.id === this.span!.article)) this.span = null;
    this.save();
  }

  /** Chooses words of the current article to cite (null clears). */
  pick(span: Span | null): void {
    const article = span && this.history.current.articles.find((a) => a.id === span.article);
    this.span = article && span ? trimSpan(article, span) : null;
  }

  private source(suggestion: DateSuggestion | null): SourceRef | null {
    if (!this.quote || !this.article) return null;
    const phrase = suggestion && this.quote.includes(suggestion.phrase) ? suggestion.phrase : null;
    return { article: this.article.id, quote: this.quote, ...(phrase ? { datePhrase: phrase } : {}) };
  }

  /** "New event" from the chosen words, dated by the chosen suggestion (or, provisionally, the publication date). */
  newEvent(suggestion: DateSuggestion | null): string | null {
    const source = this.source(suggestion);
    if (!source || !this.article) return null;
    const date: DateSpec = suggestion ? dateFrom(suggestion) : fallbackDate(this.article.published.date);
    const { doc, id } = addEvent(this.history.current, source, date);
    this.change(doc);
    this.eventId = id;
    this.span = null;
    return id;
  }

  /** Adds the chosen words as a further source of an existing event. */
  cite(eventId: string): void {
    const source = this.source(null);
    if (!source) return;
    this.change(addSource(this.history.current, eventId, source));
    this.eventId = eventId;
    this.span = null;
  }
}
