import { expect, type Locator, type Page } from '@playwright/test';

/** The board page (also the home page when there is one board), found by roles and test ids. */
export class BoardPage {
  readonly heading: Locator;
  readonly cards: Locator;
  readonly sortNav: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.cards = page.getByTestId('idea-card');
    this.sortNav = page.getByRole('navigation', { name: 'Sort ideas' });
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.cards.first()).toBeVisible();
  }

  sortLink(name: 'Trending' | 'Top' | 'New'): Locator {
    return this.sortNav.getByRole('link', { name, exact: true });
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async cardTitles(): Promise<string[]> {
    // textContent, not innerText: off-screen cards skip rendering (content-visibility), and innerText then reads ''.
    const texts = await this.cards.getByRole('heading', { level: 2 }).allTextContents();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  }

  async voteCounts(): Promise<number[]> {
    return (await this.cards.getByTestId('vote-count').allTextContents()).map(Number);
  }
}
