// Steps a user takes through the UI, shared by the end-to-end tests. They drive the page only by
// what a person sees (roles, labels), so they double as a check that the app is accessible.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Account {
  organisationName: string;
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** A new account with a unique e-mail address (the API refuses a second sign-up per address). */
export function newAccount(organisationName: string): Account {
  counter += 1;
  const slug = organisationName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { organisationName, name: 'Anna Muster', email: `${slug}-${Date.now()}-${counter}@example.ch`, password: 'correct horse battery staple' };
}

export async function desktopContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  // A Swiss browser: date inputs show dd.mm.yyyy like the app's dates.
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-CH', timezoneId: 'Europe/Zurich', reducedMotion: 'reduce', acceptDownloads: true, ...options });
}

/** Signs up through the form (French UI) and lands on the onboarding. */
export async function signUp(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Nom de l’entreprise').fill(account.organisationName);
  await page.getByLabel('Votre nom').fill(account.name);
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bienvenue sur SimpliFaq' }).waitFor();
}

export async function logIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function logOut(page: Page, account: Account): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: new RegExp(account.name) }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
}

export interface OnboardingData {
  street: string;
  buildingNumber: string;
  postalCode: string;
  town: string;
  /** A valid UID makes the business VAT-registered; undefined leaves it unregistered. */
  uid?: string;
  iban?: string;
}

/** Walks the four onboarding steps and lands on the dashboard. */
export async function completeOnboarding(page: Page, data: OnboardingData): Promise<void> {
  await page.getByLabel('Rue').fill(data.street);
  await page.getByLabel('Numéro', { exact: true }).fill(data.buildingNumber);
  await page.getByLabel('NPA').fill(data.postalCode);
  await page.getByLabel('Localité').fill(data.town);
  await page.getByRole('button', { name: 'Continuer' }).click();

  await page.getByRole('heading', { level: 2, name: 'Statut TVA' }).waitFor();
  if (data.uid) {
    await page.getByRole('radio', { name: /Oui, assujettie/ }).check();
    await page.getByLabel('Numéro IDE').fill(data.uid);
  }
  await page.getByRole('button', { name: 'Continuer' }).click();

  await page.getByRole('heading', { level: 2, name: 'Compte bancaire' }).waitFor();
  if (data.iban) {
    await page.getByLabel('IBAN ou QR-IBAN').fill(data.iban);
    await page.getByRole('button', { name: 'Continuer' }).click();
  } else {
    await page.getByRole('button', { name: 'Passer cette étape' }).click();
  }

  await page.getByRole('heading', { level: 2, name: 'Logo' }).waitFor();
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
}
