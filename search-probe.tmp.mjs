import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
p.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto('http://127.0.0.1:4435/');
await p.getByRole('button', { name: 'Search' }).click();
const input = p.locator('#starlight__search input');
await input.waitFor();
for (const q of process.argv.slice(2)) {
  await input.fill(q);
  await p.waitForTimeout(1500);
  const status = await p.locator('[data-search-status]').innerText();
  const links = await p.locator('.pagefind-ui__result-link').evaluateAll((as) => as.slice(0, 12).map((a) => a.getAttribute('href')));
  console.log(q, '|', status, '|', links.join(' '));
}
await b.close();
