import { expect, type Locator, type Page } from '@playwright/test';

/** The roadmap page: columns by status, cards, the status-change dialog. */
export class RoadmapPage {
  readonly heading: Locator;
  readonly columns: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.columns = page.getByTestId('roadmap-column');
    this.dialog = page.getByRole('dialog');
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/b/${slug}/roadmap`);
    await expect(this.columns.first()).toBeVisible();
  }

  column(name: string): Locator {
    return this.columns.filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  card(title: string, column?: string): Locator {
    const scope = column ? this.column(column) : this.page;
    return scope
      .getByTestId('roadmap-card')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }
}
