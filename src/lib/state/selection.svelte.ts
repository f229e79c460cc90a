/** The selected event: one id or none. Views read it; the URL hash mirrors it (App.svelte). */
export class Selection {
  #id = $state<string | null>(null);

  get id(): string | null {
    return this.#id;
  }

  select(id: string | null): void {
    this.#id = id;
  }

  clear(): void {
    this.#id = null;
  }
}
