// Every screen and state of the app, visited in one pass, for checks that must hold on
// all of them (axe, reduced motion, the Content-Security-Policy).

import { results, HISTORY_KEY } from './fixtures.mjs';
import { asSafari, fresh, offerInstall } from './harness.mjs';
import { feedbackCode, resultCode } from './codes.mjs';

/** A workshop a stored result was taken for, so that it can be shared as a code. */
const TEAM_DAY = { id: 'K3M9QX', title: 'Team day', variant: 'pulse', message: '', date: '' };

/** Stored results for a result page and a history page with something on them. */
export const tourResults = [...results(2), {
    id: 'tour-ws', taken_at: 1.75e12, variant: 'pulse', bank_version: 1, workshop: TEAM_DAY,
    answers: { lis1: 4, emp1: 3, hea1: 2, awa1: 5, per1: 3, con1: 4, for1: 2, ste1: 3, gro1: 4, com1: 5 },
  }, {
    id: 'axe-1', taken_at: 1.8e12, variant: 'full', bank_version: 1,
    // Uneven answers, with one characteristic short of answers, so every part shows.
    answers: { lis1: 5, lis2: 4, lis3: 2, lis4: 1, emp1: 3, emp2: 3, emp3: 4, emp4: 2, hea1: 1, hea2: 2,
      awa1: 4, awa2: 4, awa3: 5, awa4: 5, per1: 2, per2: 3, per3: 3, per4: 4, con1: 5, con2: 5, con3: 4, con4: 1,
      for1: 3, for2: 2, for3: 3, for4: 3, ste1: 4, ste2: 4, ste3: 4, ste4: 2, gro1: 2, gro2: 1, gro3: 2, gro4: 4,
      com1: 5, com2: 4, com3: 4, com4: 1 },
  }];

/** Pastes `text` into the workshop page's codes field and adds it. */
export async function addCodes(browser, text) {
  // Set, not typed: hundreds of codes would take WebDriver minutes to type.
  await browser.exec('document.querySelector("#codes").value = arguments[0]', text);
  await browser.click(await browser.find('#add-codes'));
  await browser.waitFor('#code-report');
}

/** Creates a workshop on #/workshops and returns its id, once its page is shown. */
export async function createWorkshop(browser, server, { title, message = '', variant = 'full' }) {
  await browser.goto(`${server.url}#/workshops`);
  await browser.type(await browser.waitFor('#workshop-title'), title);
  if (message) await browser.type(await browser.find('#workshop-message'), message);
  await browser.exec('document.querySelector("#workshop-variant").value = arguments[0]', variant);
  await browser.click(await browser.find('#create-workshop'));
  await browser.waitFor('#workshop-link');
  return (await browser.hash()).replace('#/workshops/', '');
}

/**
 * Creates a pulse feedback request from the ask form, set beside stored result `result`;
 * returns its id.
 */
export async function askColleagues(browser, url, { result = 'fixture-0', collector } = {}) {
  await browser.goto(`${url}#/ask/${result}`);
  await browser.type(await browser.waitFor('#ask-name'), 'Maria');
  await browser.click(await browser.find('label[for="ask-pulse"]'));
  if (collector) {
    await browser.click(await browser.find('label[for="ask-collector"]'));
    await browser.type(await browser.waitFor('#ask-collector-name'), collector);
  }
  await browser.click(await browser.find('#ask-create'));
  await browser.waitUntil(async () => (await browser.hash()).startsWith('#/requests/'), 'the request page');
  return (await browser.hash()).replace('#/requests/', '');
}

/** Asking colleagues, answering as one, and collecting for someone. */
async function tourFeedback(browser, url, at) {
  await browser.goto(`${url}#/ask/fixture-0`);
  await browser.waitFor('#ask-name');
  await at('ask colleagues');
  const id = await askColleagues(browser, url);
  await browser.waitFor('#others-waiting');
  await at('request waiting for colleagues');
  const codes = [2, 4, 5].map((level, nonce) => feedbackCode({ request: id, level, nonce }));
  await browser.exec('document.querySelector("#codes").value = arguments[0]', codes.join('\n'));
  await browser.click(await browser.find('#add-codes'));
  await browser.waitFor('#self-other-table');
  await at('colleagues beside me');
  await browser.goto(await browser.prop(await browser.find('#request-link'), 'value'));
  await browser.click(await browser.waitFor('#give-start'));
  await browser.waitFor('fieldset[data-item]');
  await at('answering as a colleague');
  for (const last of [false, true]) {
    for (const input of await browser.findAll('fieldset[data-item] input[value="0"]')) await browser.click(input);
    await browser.click(await browser.find(last ? '#finish' : '#next'));
    if (!last) await browser.waitFor('fieldset[data-item] input[value="0"]:not(:checked)');
  }
  await browser.waitFor('#give-code');
  await at('a colleague\'s code to send');
  await browser.goto(`${url}#/f/${codes[0]}`);
  await browser.waitFor('#fcode-held');
  await at('a feedback code link');
  const through = await askColleagues(browser, url, { collector: 'Sam' });
  await browser.goto(await browser.prop(await browser.waitFor('#collector-link'), 'value'));
  await browser.click(await browser.waitFor('#collector-start'));
  const group = [3, 4, 5].map((level, nonce) => feedbackCode({ request: through, level, nonce }));
  await browser.exec('document.querySelector("#collector-codes").value = arguments[0]', group.join(' '));
  await browser.click(await browser.find('#collector-add'));
  await browser.waitFor('#collector-summary-code');
  await at('collecting for someone');
  await browser.goto(`${url}#/history`);
  await browser.waitFor('#request-list');
  await at('history with requests');
}

/**
 * Visits every screen, from a fresh load with `tourResults` stored, and awaits
 * `check(name)` on each. Returns the names, in order.
 */
export async function tour(browser, server, check) {
  const url = server.url;
  const seen = [];
  const at = async (name) => { seen.push(name); await check(name); };
  await fresh(browser, server, tourResults);
  await at('landing');
  await browser.click(await browser.find('#start-pulse'));
  await browser.waitFor('fieldset[data-item]');
  await browser.click(await browser.find('fieldset[data-item] input[value="3"]'));
  await at('questionnaire');
  await browser.click(await browser.find('#next'));
  await browser.click(await browser.waitFor('#finish'));
  await browser.waitFor('#unanswered');
  await at('unanswered list');
  await browser.goto(`${url}#/`);
  await browser.waitFor('.continue');
  await at('landing with an unfinished assessment');
  await browser.goto(`${url}#/results/axe-1`);
  await browser.waitFor('#overall-score');
  await at('result');
  await browser.goto(`${url}#/results/tour-ws`);
  await browser.click(await browser.waitFor('#make-code'));
  await browser.waitFor('#result-code');
  await at('result with its code made');
  await browser.goto(`${url}#/history`);
  await browser.waitFor('tr[data-result-id]');
  await at('history');
  // Dispatched on the button itself: the tour is for what each screen shows (the delete
  // flow's own test clicks it), and WebKit's driver once lost this click to a page still
  // settling after its load.
  await browser.jsClick(await browser.find('tr[data-result-id] button.delete'));
  await browser.waitFor('.confirm');
  await at('delete confirmation');
  await browser.goto(`${url}#/goals`);
  await browser.waitFor('#goal-listening');
  await at('goals');
  await browser.goto(`${url}#/data`);
  await browser.waitFor('#export');
  await at('data');
  // Keeping the app on the device: Safari's steps and the browser's install offer.
  await asSafari(browser);
  await offerInstall(browser);
  await browser.goto(`${url}#/goals`);
  await browser.goto(`${url}#/data`);
  await browser.waitFor('#install-steps');
  await browser.waitFor('#install');
  await at('data, keeping ServeWell on the device');
  await browser.exec('delete navigator.standalone');
  await browser.goto(`${url}#/compare/fixture-0/axe-1`);
  await browser.waitFor('#compare-table');
  await at('compare');

  const id = await createWorkshop(browser, server, { title: 'Tour day', message: 'Answer for the last three months.' });
  const link = await browser.prop(await browser.find('#workshop-link'), 'value');
  await at('workshop');
  const codes = [2, 3, 4].map((level, nonce) => resultCode({ workshop: id, variant: 'full', level, nonce, name: nonce ? '' : 'Ana' }));
  await addCodes(browser, codes.join('\n'));
  await browser.waitFor('#group-table');
  await at('group profile');
  await browser.click(await browser.find('a[href^="#/present/"]'));
  await browser.waitFor('.present-qr');
  await at('present');
  await browser.goto(`${url}#/workshops`);
  await browser.waitFor('.workshop-list li');
  await at('workshops');
  await browser.goto(link);
  await browser.waitFor('#join-start');
  await at('join');
  await browser.goto(`${url}#/r/${codes[0]}`);
  await browser.waitFor('#add-to-group');
  await at('shared result');
  await browser.click(await browser.find('.caveats a[href="#/about"]'));
  await browser.waitFor('#about-sources');
  await at('about the science');
  await browser.goto(`${url}#/nowhere`);
  await browser.waitFor('h1');
  await at('not found');
  await tourFeedback(browser, url, at);

  // Storage letting the user down: a write refused, then history that cannot be read.
  await browser.goto(`${url}#/assessment`);
  await browser.exec(`window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`);
  await browser.click(await browser.waitFor('fieldset[data-item] input[value="5"]'));
  await browser.waitFor('.storage-notices .notice');
  await at('not saved notice');
  await browser.exec('Storage.prototype.setItem = window.__setItem');
  await browser.exec('localStorage.setItem(arguments[0], "{\\"schema\\":1,\\"results\\":[")', HISTORY_KEY);
  await browser.goto(`${url}#/history`);
  await browser.refresh();
  await browser.waitFor('.storage-notices .notice button');
  await at('damaged history notice');
  return seen;
}
